import fc from 'fast-check';
import { badStrings, badUploads, malformedBodies } from './bad-inputs';
import { brokenValue, validValue, type JsonSchema } from './schema-arbitrary';

type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; schema: JsonSchema };
type OpenApiOperation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } };
type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

export type Operation = { method: string; path: string; parameters: Parameter[]; body?: JsonSchema; takesFile: boolean };

/** Every operation the app documents: the fuzzer covers what the OpenAPI document says exists. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const json = operation.requestBody?.content?.['application/json']?.schema;
      const upper = method.toUpperCase();
      return { method: upper, path, parameters: operation.parameters ?? [], body: json, takesFile: !json && (upper === 'POST' || upper === 'PUT') };
    }),
  );
}

export type FuzzRequest = { method: string; url: string; headers: Record<string, string>; payload?: string | Buffer };

/** Percent-encodes like a client would; a lone surrogate (no UTF-8 form) goes as the invalid bytes ED A0 80. */
function encodePart(text: string): string {
  const lone = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;
  return text.split(lone).map((part) => (part.length === 1 && lone.test(part) ? '%ED%A0%80' : encodeURIComponent(part))).join('');
}
const encode = (value: unknown) => encodePart(typeof value === 'string' ? value : JSON.stringify(value));

/** An id for a path: one that exists (so the request reaches the logic), a random one, or garbage. */
const pathValue = (knownIds: string[]) =>
  fc.oneof({ weight: 6, arbitrary: knownIds.length ? fc.constantFrom(...knownIds) : fc.uuid() }, { weight: 2, arbitrary: fc.uuid({ version: 4 }) }, { weight: 1, arbitrary: fc.constantFrom(...badStrings.slice(0, 12)).map((s) => s.slice(0, 300)) });

function queryString(parameters: Parameter[]): fc.Arbitrary<string> {
  const query = parameters.filter((p) => p.in === 'query');
  if (query.length === 0) return fc.constant('');
  const pairs = query.map((p) =>
    fc.option(
      fc.oneof({ weight: 4, arbitrary: validValue(p.schema) }, { weight: 1, arbitrary: fc.constantFrom(...badStrings).map((s) => s.slice(0, 2_000)) }).map((value) => `${p.name}=${encode(value)}`),
      { freq: p.required ? 100 : 2 },
    ),
  );
  return fc.tuple(...pairs).map((parts) => {
    const present = parts.filter((part): part is string => part !== null);
    return present.length ? `?${present.join('&')}` : '';
  });
}

function bodyOf(operation: Operation): fc.Arbitrary<Pick<FuzzRequest, 'payload' | 'headers'>> {
  const json = (value: unknown) => ({ payload: JSON.stringify(value), headers: { 'content-type': 'application/json' } });
  if (operation.body) {
    return fc.oneof(
      { weight: 5, arbitrary: validValue(operation.body).map(json) },
      { weight: 4, arbitrary: brokenValue(operation.body).map(json) },
      { weight: 1, arbitrary: fc.constantFrom(...malformedBodies).map((payload) => ({ payload, headers: { 'content-type': 'application/json' } })) },
    );
  }
  if (operation.takesFile) {
    return fc.constantFrom(...badUploads).map((upload) => ({ payload: upload.body, headers: { 'content-type': upload.contentType } }));
  }
  return fc.constant({ headers: {} });
}

export function requestOf(operation: Operation, knownIds: string[]): fc.Arbitrary<FuzzRequest> {
  const names = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const path = fc.tuple(...names.map(() => pathValue(knownIds))).map((values) =>
    names.reduce((url, name, index) => url.replace(`{${name}}`, encodePart(values[index]!)), operation.path),
  );
  return fc.tuple(path, queryString(operation.parameters), bodyOf(operation)).map(([url, query, body]) => ({ method: operation.method, url: `${url}${query}`, ...body }));
}
