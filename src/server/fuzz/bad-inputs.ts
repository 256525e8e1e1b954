/**
 * The bad-input corpus: values every field of every endpoint must survive — refused with a code or
 * stored verbatim and shown inert, never a server fault. Kept in the repo so a regression names the
 * input that found it.
 */
export const badStrings: string[] = [
  '',
  ' ',
  'a'.repeat(100_000),
  'NUL\u0000inside',
  '\u202Eevil right-to-left override',
  'zero\u200Bwidth\u200D\uFEFFjoiners',
  '\uD800 lone surrogate',
  'emoji 👩‍🔬🇷🇺🇨🇳',
  "' OR 1=1 --",
  "'); DROP TABLE organizations; --",
  '"; SELECT pg_sleep(10); --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=cmd|\'/C calc\'!A0',
  '+SUM(1+1)',
  '@SUM(1+1)',
  '-2+3+cmd|\' /C calc\'!A0',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00%2e%2e%2f',
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  '\r\nSet-Cookie: injected=1',
  'Ω≈ç√∫˜µ≤≥÷ ÅÍÎÏ˝ÓÔ',
  'مرحبا بالعالم',
  '0000-00-00',
  '9999-99-99T99:99:99Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
];

export const badNumbers: number[] = [-1, 0, -0, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 2147483648, -2147483649];

/** Nested `depth` levels deep, to find recursion without a limit. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

export const badValues: unknown[] = [
  ...badStrings,
  ...badNumbers,
  null,
  true,
  [],
  {},
  Array.from({ length: 10_000 }, (_, i) => i),
  deeplyNested(2_000),
  // Own keys named like the prototype chain, as JSON.parse makes them.
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
];

/** Bodies that are not JSON at all, sent as JSON. */
export const malformedBodies: (string | Buffer)[] = [
  '{"a":',
  '{"a": 1,}',
  "{'single': 'quotes'}",
  'null',
  '"just a string"',
  '[' .repeat(5_000),
  Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22]),
  Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), // invalid UTF-8
  Buffer.from('{"name": "\u00e9"}', 'latin1'),
];

/** Uploads that are not what their content type says, or are hostile as files. */
export const badUploads: { contentType: string; body: Buffer }[] = [
  { contentType: 'text/csv', body: Buffer.from('name;kind\n=HYPERLINK("http://x");company\n') },
  { contentType: 'text/csv', body: Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x01]) },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: Buffer.from('PK\u0003\u0004 not really a zip') },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: Buffer.alloc(0) },
  { contentType: 'image/png', body: Buffer.from('<svg onload=alert(1)></svg>') },
  { contentType: 'image/svg+xml', body: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') },
  { contentType: 'application/x-msdownload', body: Buffer.from('MZ\u0090\u0000') },
  { contentType: 'text/plain', body: Buffer.from('plain') },
];
