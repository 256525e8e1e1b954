/**
 * Reads a DOCX the way a test needs it: unzipped with SheetJS's container reader and the body of
 * word/document.xml parsed by a strict XML parser (saxes, which exceljs brings), into headings,
 * paragraphs and tables in document order. A malformed part fails the parse, and so the test.
 */
import { SaxesParser } from 'saxes';
import XLSX from 'xlsx';

export type DocxBodyBlock = { kind: 'paragraph'; style: string | null; text: string } | { kind: 'table'; rows: string[][] };

export function unzipParts(file: Buffer): Map<string, string> {
  const container = XLSX.CFB.read(file, { type: 'buffer' });
  const parts = new Map<string, string>();
  container.FullPaths.forEach((path: string, i: number) => {
    const entry = container.FileIndex[i];
    // SheetJS adds a marker entry of its own, named with a leading \u0001; it is not in the file.
    if (entry && entry.type === 2 && !entry.name.startsWith('\u0001')) parts.set(path.replace(/^Root Entry\//, ''), Buffer.from(entry.content as Uint8Array).toString('utf8'));
  });
  return parts;
}

export function parseDocumentXml(xml: string): DocxBodyBlock[] {
  const parser = new SaxesParser();
  const blocks: DocxBodyBlock[] = [];
  let tableDepth = 0;
  let rows: string[][] = [];
  let row: string[] = [];
  let cell: string[] = [];
  let paragraph: { style: string | null; text: string } | null = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:tbl' && tableDepth++ === 0) rows = [];
    else if (tag.name === 'w:tr') row = [];
    else if (tag.name === 'w:tc') cell = [];
    else if (tag.name === 'w:p') paragraph = { style: null, text: '' };
    else if (tag.name === 'w:pStyle' && paragraph) paragraph.style = String(tag.attributes['w:val']);
    else if (tag.name === 'w:t') inText = true;
    else if (tag.name === 'w:br' && paragraph) paragraph.text += '\n';
  });
  parser.on('text', (text) => { if (inText && paragraph) paragraph.text += text; });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:p' && paragraph) {
      if (tableDepth > 0) cell.push(paragraph.text);
      else blocks.push({ kind: 'paragraph', ...paragraph });
      paragraph = null;
    } else if (tag.name === 'w:tc') row.push(cell.join('\n'));
    else if (tag.name === 'w:tr') rows.push(row);
    else if (tag.name === 'w:tbl' && --tableDepth === 0) blocks.push({ kind: 'table', rows });
  });
  parser.write(xml).close();
  return blocks;
}
