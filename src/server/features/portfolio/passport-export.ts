/**
 * The passport's sections rendered as files: an XLSX workbook, one sheet per section, and a DOCX
 * document, one heading per section with real tables. Texts are written as plain string cells or
 * escaped runs, so nothing in them runs as a formula or markup.
 */
import { excelLibrary } from '../../lib/excel-library';
import { writeDocx, type DocxBlock } from '../../lib/ooxml/docx';
import type { Cell, PassportModel } from './passport-sections';

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export async function passportWorkbook(model: PassportModel): Promise<Buffer> {
  const workbook = new (await excelLibrary()).Workbook();
  workbook.title = model.title;
  for (const section of model.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.sheetName));
    sheet.addRow([section.title]).font = { bold: true, size: 13 };
    for (const block of section.blocks) {
      sheet.addRow([]);
      if (block.kind === 'text') sheet.addRow([block.text]);
      else if (block.kind === 'fields') for (const [label, value] of block.rows) sheet.addRow([label, value]).getCell(1).font = { bold: true };
      else {
        if (block.caption) sheet.addRow([block.caption]).font = { bold: true, italic: true };
        sheet.addRow(block.columns).font = { bold: true };
        for (const row of block.rows) sheet.addRow(row);
      }
    }
    sheet.columns.forEach((column) => { column.width = 24; });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const dateLike = /^(\d{4})-(\d{2})-(\d{2})$/;

export function passportDocx(model: PassportModel): Buffer {
  const numbers = new Intl.NumberFormat(model.language === 'zh' ? 'zh-CN' : model.language === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 2 });
  const show = (value: Cell): string => {
    if (value === null) return '';
    if (typeof value === 'number') return numbers.format(value);
    const date = model.language === 'ru' ? dateLike.exec(value) : null;
    return date ? `${date[3]}.${date[2]}.${date[1]}` : value;
  };
  const blocks: DocxBlock[] = model.sections.flatMap((section) => [
    { kind: 'heading', level: 1, text: section.title } as DocxBlock,
    ...section.blocks.flatMap((block): DocxBlock[] => {
      if (block.kind === 'text') return [{ kind: 'paragraph', text: block.text }];
      if (block.kind === 'fields') return [{ kind: 'table', columns: null, rows: block.rows.map(([label, value]) => [label, show(value)]) }];
      return [
        ...(block.caption ? [{ kind: 'heading', level: 2, text: block.caption } as DocxBlock] : []),
        { kind: 'table', columns: block.columns, rows: block.rows.map((row) => row.map(show)) },
      ];
    }),
  ]);
  return writeDocx({ title: model.title, language: model.language, blocks });
}
