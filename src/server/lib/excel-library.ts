import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * The spreadsheet library, loaded on the first import or export rather than at start: it is the
 * heaviest module the server has, and most processes (and every test file) never touch a workbook.
 */
export function excelLibrary(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
