/**
 * Reading an imported XLSX register: the product's reader (ADR 044) next to ExcelJS loading the
 * same file, in the same run, alternating. The file is the import bench's (bench/import-file.ts);
 * both readers must give the same texts, checked once before the clock starts.
 * Run: npx tsx bench/xlsx-read.bench.ts [rows=20000] [repetitions=5]
 */
import ExcelJS from 'exceljs';
import { toXlsx } from '../src/server/lib/spreadsheet';
import { readSpreadsheet } from '../src/server/lib/spreadsheet-reader';
import { machine, round, summarize, timeIt } from './bench-support';
import { importRows, importTable } from './import-file';

const [rowCount = 20_000, repetitions = 5] = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const table = importTable(importRows(rowCount));
const file = await toXlsx(table, 'residents');

const read = await readSpreadsheet(file);
const expected = table.rows.map((row) => row.map((cell) => String(cell ?? '').trim()));
if (JSON.stringify(read.rows) !== JSON.stringify(expected) || JSON.stringify(read.columns) !== JSON.stringify(table.columns)) throw new Error('the reader does not give back the table written');

const reader: number[] = [];
const excelJs: number[] = [];
for (let i = 0; i < repetitions; i++) {
  reader.push((await timeIt(() => readSpreadsheet(file))).ms);
  excelJs.push((await timeIt(async () => new ExcelJS.Workbook().xlsx.load(file as unknown as ArrayBuffer))).ms);
}
const [ours, theirs] = [summarize(reader), summarize(excelJs)];
console.log(JSON.stringify({
  machine: machine(), date: new Date().toISOString().slice(0, 10), rows: rowCount, fileMiB: round(file.length / 2 ** 20), repetitions,
  readerMs: ours, excelJsLoadMs: theirs, excelJsToReader: round(theirs.p50 / ours.p50),
}, null, 2));
