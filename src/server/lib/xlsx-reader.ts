import { listZipEntries, readZipEntry, ZipEntryTooLargeError, type ZipEntry } from './zip-inspection';

/**
 * Reads the first worksheet of an XLSX file as rows of cell texts, straight from its XML parts
 * (ADR 044): shared and inline strings, rich text run by run, numbers as JavaScript writes them,
 * booleans as "true"/"false", dates (numbers in a date format) as YYYY-MM-DD, a formula as its
 * text with "=" and never its result, an error cell as empty. Nothing is evaluated.
 */
export type XlsxLimits = { maxUncompressedBytes: number; maxRows: number; maxColumns: number };

export class XlsxUnreadableError extends Error {}
export class XlsxTooLargeError extends Error {}
export class XlsxTooManyRowsError extends Error {}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const match = pattern.exec(attributes);
  return match ? decodeXml(match[1]!) : undefined;
}

/**
 * The text of a string item or an inline string: every run's `<t>`, phonetic guides (`<rPh>`) left
 * out, and the characters XML cannot carry that Excel writes as `_xHHHH_` (a carriage return is
 * `_x000D_`; a literal "_x" is escaped as `_x005F_x`) given back.
 */
function textOf(item: string): string {
  let text = '';
  for (const match of item.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g)) text += match[1] ?? '';
  return decodeXml(text).replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
}

// Built-in number formats that show dates or times: the ones every Excel knows and the East Asian ones.
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format shows a date when, outside quoted text, escapes and brackets, it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return !/^general$/i.test(bare.trim()) && /[dmyhs]/i.test(bare.replace(/[eE][+-]/g, ''));
}

/** Which cell styles (`s`, an index into `cellXfs`) show their number as a date. */
function dateStyles(styles: string | undefined): Set<number> {
  const dated = new Set<number>();
  if (!styles) return dated;
  const custom = new Map<number, string>();
  for (const match of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attribute(match[1]!, 'numFmtId'));
    const code = attribute(match[1]!, 'formatCode');
    if (code !== undefined) custom.set(id, code);
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  let index = 0;
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(attribute(match[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : builtInDateFormats.has(id)) dated.add(index);
    index++;
  }
  return dated;
}

/** An Excel serial day number as a calendar date; the 1904 system counts from 1904-01-01. */
function serialDate(serial: number, from1904: boolean): string {
  const epoch = from1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.round(serial * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

/** "BC12" → 54 (zero-based column of a cell reference); undefined when the reference has no letters. */
function columnOf(reference: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === 0 ? undefined : column - 1;
}

/** The worksheet the workbook lists first, and the paths of its shared strings and styles. */
function locateParts(part: (name: string) => string | undefined) {
  const workbook = part('xl/workbook.xml');
  const relations = part('xl/_rels/workbook.xml.rels');
  if (!workbook || !relations) throw new XlsxUnreadableError('no workbook');
  const targets = new Map<string, { type: string; path: string }>();
  for (const match of relations.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const target = attribute(match[1]!, 'Target') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    targets.set(attribute(match[1]!, 'Id') ?? '', { type: attribute(match[1]!, 'Type') ?? '', path });
  }
  const firstSheet = /<(?:\w+:)?sheet\b([^>]*?)\/?>/.exec(workbook)?.[1];
  const sheetId = firstSheet ? /(?:^|\s)[\w]+:id="([^"]*)"/.exec(firstSheet)?.[1] : undefined;
  const byType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(suffix))?.path;
  return {
    sheet: sheetId === undefined ? undefined : targets.get(sheetId)?.path,
    sharedStrings: byType('/sharedStrings') ?? 'xl/sharedStrings.xml',
    styles: byType('/styles') ?? 'xl/styles.xml',
    from1904: /<(?:\w+:)?workbookPr\b[^>]*\sdate1904="(?:1|true)"/.test(workbook),
  };
}

export function readXlsxRows(file: Buffer, limits: XlsxLimits): string[][] {
  const entries = listZipEntries(file);
  if (!entries) throw new XlsxUnreadableError('not a ZIP file');
  // A zip bomb is refused by its declared sizes before anything is inflated, and the parts read share
  // one budget whatever their headers claim.
  if (entries.reduce((sum, entry) => sum + entry.uncompressedBytes, 0) > limits.maxUncompressedBytes) throw new XlsxTooLargeError('declared sizes');
  const byName = new Map<string, ZipEntry>(entries.map((entry) => [entry.name, entry]));
  let budget = limits.maxUncompressedBytes;
  const part = (name: string): string | undefined => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    try {
      const content = readZipEntry(file, entry, budget);
      budget -= content.length;
      return content.toString('utf8');
    } catch (error) {
      if (error instanceof ZipEntryTooLargeError) throw new XlsxTooLargeError(name);
      throw new XlsxUnreadableError(`${name}: ${(error as Error).message}`);
    }
  };
  const parts = locateParts(part);
  if (!parts.sheet) return [];
  const sheet = part(parts.sheet);
  if (sheet === undefined) throw new XlsxUnreadableError('the first worksheet is missing');
  const shared = [...(part(parts.sharedStrings) ?? '').matchAll(/<(?:\w+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)].map((match) => textOf(match[1] ?? ''));
  const dated = dateStyles(part(parts.styles));
  const sharedFormulas = new Map<string, string>();

  const rows: string[][] = [];
  let nextRow = 0;
  for (const rowMatch of sheet.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const number = Number(attribute(rowMatch[1]!, 'r') ?? nextRow + 1);
    if (!Number.isInteger(number) || number < 1) throw new XlsxUnreadableError('a row without a valid number');
    if (number > limits.maxRows + 1) throw new XlsxTooManyRowsError();
    nextRow = number;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attributes = cellMatch[1]!;
      const column = columnOf(attribute(attributes, 'r') ?? '') ?? nextColumn;
      nextColumn = column + 1;
      // Cells past the widest table the import takes would only be dropped; one past it is kept so the header check can refuse it.
      if (column > limits.maxColumns) continue;
      const body = cellMatch[2] ?? '';
      const formula = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(body);
      const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      const type = attribute(attributes, 't') ?? 'n';
      let text = '';
      if (formula) {
        const sharedIndex = attribute(formula[1]!, 'si');
        const own = formula[2] === undefined ? undefined : decodeXml(formula[2]);
        if (own !== undefined && sharedIndex !== undefined) sharedFormulas.set(sharedIndex, own);
        const formulaText = own ?? (sharedIndex === undefined ? undefined : sharedFormulas.get(sharedIndex));
        if (formulaText) text = `=${formulaText}`;
      } else if (type === 's') text = value === undefined ? '' : shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textOf(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? '');
      else if (type === 'str') text = decodeXml(value ?? '');
      else if (type === 'b') text = value === undefined ? '' : String(value.trim() === '1' || value.trim() === 'true');
      else if (type === 'd') text = value === undefined ? '' : decodeXml(value).slice(0, 10);
      else if (type === 'n' && value !== undefined && value.trim() !== '') {
        const number = Number(value);
        const style = Number(attribute(attributes, 's') ?? 0);
        text = Number.isNaN(number) ? decodeXml(value) : dated.has(style) ? serialDate(number, parts.from1904) : String(number);
      }
      // t="e" (an error such as #N/A) reads as empty, as does any type this reader does not know.
      cells[column] = text;
    }
    rows[number - 1] = Array.from(cells, (cell) => cell ?? '');
  }
  return Array.from(rows, (row) => row ?? []);
}
