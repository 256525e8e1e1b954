import { AppError } from './errors';
import { readXlsxRows, XlsxTooLargeError, XlsxTooManyRowsError, XlsxUnreadableError } from './xlsx-reader';

/**
 * Reading spreadsheets people bring: XLSX, or CSV in UTF-8 (with or without BOM) or Windows-1251,
 * separated by `;` or `,`. Limits are checked before anything large is built in memory.
 */
export const spreadsheetLimits = { maxFileBytes: 20 * 1024 * 1024, maxUncompressedBytes: 200 * 1024 * 1024, maxRows: 200_000, maxColumns: 200 };

export type ReadTable = { columns: string[]; rows: string[][] };

const isXlsx = (file: Buffer) => file.length > 4 && file.readUInt32LE(0) === 0x04034b50;

function decodeText(file: Buffer): string {
  if (file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf) return file.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    // Not UTF-8: Russian spreadsheets saved by older Excel are Windows-1251.
    return new TextDecoder('windows-1251').decode(file);
  }
}

/** The separator is the one of `;`, `,` and tab that appears most in the first line outside quotes. */
export function detectSeparator(firstLine: string): string {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((s) => [s, unquoted.split(s).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ',';
}

export function parseCsv(text: string): string[][] {
  const separator = detectSeparator(text.slice(0, text.search(/\r?\n|$/)));
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) { row.push(cell); cell = ''; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
      if (rows.length > spreadsheetLimits.maxRows + 1) throw new AppError('IMPORT_TOO_MANY_ROWS', { limit: spreadsheetLimits.maxRows });
    } else cell += char;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function readXlsx(file: Buffer): string[][] {
  try {
    return readXlsxRows(file, spreadsheetLimits);
  } catch (error) {
    if (error instanceof XlsxTooManyRowsError) throw new AppError('IMPORT_TOO_MANY_ROWS', { limit: spreadsheetLimits.maxRows });
    if (error instanceof XlsxTooLargeError) throw new AppError('IMPORT_FILE_TOO_LARGE', { limitBytes: spreadsheetLimits.maxUncompressedBytes });
    if (error instanceof XlsxUnreadableError) throw new AppError('IMPORT_FILE_UNREADABLE');
    throw error;
  }
}

/** Undoes the apostrophe an export puts before formula-like text, so that export → import is lossless. */
export function restoreNeutralizedFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * Control characters other than tab and line breaks say nothing in a cell, and PostgreSQL refuses
 * NUL in text outright: a file of binary junk read as text must not reach the database with them.
 */
function cleanCell(cell: string): string {
  // eslint-disable-next-line no-control-regex
  return cell.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

/** The first row names the columns; empty rows are dropped; cells are cleaned and trimmed. */
export async function readSpreadsheet(file: Buffer): Promise<ReadTable> {
  if (file.length === 0) throw new AppError('IMPORT_FILE_EMPTY');
  if (file.length > spreadsheetLimits.maxFileBytes) throw new AppError('IMPORT_FILE_TOO_LARGE', { limitBytes: spreadsheetLimits.maxFileBytes });
  const raw = isXlsx(file) ? readXlsx(file) : parseCsv(decodeText(file));
  const [header, ...body] = raw.map((row) => row.map(cleanCell)).filter((row) => row.some((cell) => cell !== ''));
  if (!header) throw new AppError('IMPORT_FILE_EMPTY');
  if (header.length > spreadsheetLimits.maxColumns) throw new AppError('IMPORT_FILE_UNREADABLE', { reason: 'too_many_columns' });
  return { columns: header, rows: body.map((row) => header.map((_, i) => row[i] ?? '')) };
}
