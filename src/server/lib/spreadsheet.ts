import { excelLibrary } from './excel-library';

/**
 * Writing tables other tools open: CSV (UTF-8 with BOM, so Excel reads Cyrillic and Chinese) and
 * XLSX. A text that a spreadsheet would run as a formula (= + - @, tab, carriage return at the
 * start) is written with a leading apostrophe in CSV — the usual defence against formula
 * injection — and always as a plain string cell in XLSX.
 */
export type Table = { columns: string[]; rows: (string | number | null)[][] };

const formulaStart = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Table): Buffer {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

export async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const workbook = new (await excelLibrary()).Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) {
    // Strings stay strings: exceljs writes a cell as a formula only when given { formula }.
    sheet.addRow(row.map((value) => (value === null ? null : value)));
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
