import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { readSpreadsheet, restoreNeutralizedFormula, spreadsheetLimits } from './spreadsheet-reader';
import { toCsv, toXlsx } from './spreadsheet';

const codeOf = async (promise: Promise<unknown>) => promise.then(() => 'no error', (error: unknown) => (error instanceof AppError ? error.code : String(error)));

describe('reading spreadsheets', () => {
  it('reads UTF-8 with a BOM, semicolons, quoted separators and line breaks', async () => {
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name_ru;city\r\n"ООО ""Якутия; Север""";"Якутск\nцентр"\r\n\r\n;\r\n')]);
    expect(await readSpreadsheet(file)).toEqual({ columns: ['name_ru', 'city'], rows: [['ООО "Якутия; Север"', 'Якутск\nцентр']] });
  });

  it('drops control characters a database would refuse, keeping tabs and line breaks', async () => {
    const file = Buffer.from('name\u0000_ru;city\n"Север\u0001\u007F";"Якутск\tцентр\nюг"\n\u0000;\u0002\n');
    expect(await readSpreadsheet(file)).toEqual({ columns: ['name_ru', 'city'], rows: [['Север', 'Якутск\tцентр\nюг']] });
    // Binary junk sent as CSV reads as a table of what is left, not a fault.
    expect(await readSpreadsheet(Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x01, 0x41]))).toEqual({ columns: [expect.any(String)], rows: [] });
  });

  it('reads Windows-1251 and commas', async () => {
    const file = Buffer.from(new Uint8Array([...Buffer.from('name,kind\n'), 0xc2, 0xe5, 0xeb, 0xe8, 0xea, 0xe8, 0xe9, 0x20, 0xea, 0xe0, 0xec, 0xe5, 0xed, 0xfc, ...Buffer.from(',industrial_park\n')]));
    expect((await readSpreadsheet(file)).rows).toEqual([['Великий камень', 'industrial_park']]);
  });

  it('reads XLSX, keeping a formula as text instead of running it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('list');
    sheet.addRow(['name_en', 'website']);
    sheet.addRow(['Formula Inc', { formula: 'cmd|\' /C calc\'!A0' }]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await readSpreadsheet(file)).rows).toEqual([['Formula Inc', "=cmd|' /C calc'!A0"]]);
  });

  it('reads back what the export writes, formulas included', async () => {
    const table = { columns: ['name_en', 'description_en'], rows: [['=1+1', 'plain, with a comma']] };
    for (const file of [toCsv(table), await toXlsx(table, 'organizations')]) {
      const read = await readSpreadsheet(file);
      expect(read.rows.map((row) => row.map(restoreNeutralizedFormula))).toEqual(table.rows);
    }
  });

  it('refuses empty, oversized, unreadable and zip-bomb files with codes', async () => {
    expect(await codeOf(readSpreadsheet(Buffer.alloc(0)))).toBe('IMPORT_FILE_EMPTY');
    expect(await codeOf(readSpreadsheet(Buffer.from('\n\n')))).toBe('IMPORT_FILE_EMPTY');
    expect(await codeOf(readSpreadsheet(Buffer.alloc(spreadsheetLimits.maxFileBytes + 1, 0x61)))).toBe('IMPORT_FILE_TOO_LARGE');
    expect(await codeOf(readSpreadsheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe('IMPORT_FILE_UNREADABLE');
    // A zip whose central directory declares 4 GiB unpacked: refused before inflating.
    const bomb = Buffer.from(await toXlsx({ columns: ['a'], rows: [['b']] }, 's'));
    const end = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const directory = bomb.readUInt32LE(end + 16);
    bomb.writeUInt32LE(0xfffffff0, directory + 24);
    expect(await codeOf(readSpreadsheet(bomb))).toBe('IMPORT_FILE_TOO_LARGE');
  });

  it('refuses a file with more rows than the limit', async () => {
    const file = Buffer.from('name\n' + 'x\n'.repeat(spreadsheetLimits.maxRows + 1));
    expect(await codeOf(readSpreadsheet(file))).toBe('IMPORT_TOO_MANY_ROWS');
  });
});
