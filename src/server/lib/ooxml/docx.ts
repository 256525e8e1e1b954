/**
 * A small WordprocessingML (DOCX) writer: headings, paragraphs and bordered tables with a repeated
 * header row, on landscape A4 so that wide schedules fit. It writes the fewest parts Word and
 * LibreOffice need (content types, relationships, document, styles, core properties) and zips them
 * with ./zip. Texts are escaped, never interpreted: a document holds no fields or macros.
 */
import type { Language } from '../../../shared/languages';
import { zip } from './zip';

export type DocxBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: string[] | null; rows: string[][] };

export type DocxDocument = { title: string; language: Language; blocks: DocxBlock[] };

const languageTags: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB', zh: 'zh-CN' };
/** Landscape A4 in twentieths of a point, 2 cm margins. */
const page = { width: 16838, height: 11906, margin: 1134 };
const textWidth = page.width - 2 * page.margin;

// Characters XML 1.0 forbids (control characters other than tab and newline) are dropped.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escape = (text: string) => text.replace(forbidden, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run of text; line breaks in the text become breaks in the run. */
function runs(text: string, bold = false): string {
  const properties = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return text.split('\n').map((line, i) => `<w:r>${properties}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escape(line)}</w:t></w:r>`).join('');
}

const paragraph = (text: string, style?: string, bold = false) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs(text, bold)}</w:p>`;

function table(columns: string[] | null, rows: string[][]): string {
  const count = Math.max(columns?.length ?? 0, ...rows.map((r) => r.length), 1);
  const width = Math.floor(textWidth / count);
  const cell = (text: string, header: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${header ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : ''}</w:tcPr>${paragraph(text, 'TableText', header)}</w:tc>`;
  const row = (cells: string[], header: boolean) => {
    const padded = [...cells, ...Array<string>(count - cells.length).fill('')];
    return `<w:tr>${header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${padded.map((c) => cell(c, header)).join('')}</w:tr>`;
  };
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  // Word reads table properties in the schema's order only: width, borders, layout, margins.
  return `<w:tbl><w:tblPr><w:tblW w:w="${width * count}" w:type="dxa"/>`
    + `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`
    + '<w:tblLayout w:type="fixed"/>'
    + `<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>`
    + `<w:tblGrid>${Array.from({ length: count }, () => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`
    + (columns ? row(columns, true) : '') + rows.map((r) => row(r, false)).join('') + '</w:tbl>'
    // Word needs a paragraph between two tables, or it merges them.
    + '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>';
}

const namespaces = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function documentXml(doc: DocxDocument): string {
  const body = [paragraph(doc.title, 'Title'), ...doc.blocks.map((block) => {
    if (block.kind === 'heading') return paragraph(block.text, `Heading${block.level}`);
    if (block.kind === 'paragraph') return paragraph(block.text);
    return table(block.columns, block.rows);
  })].join('');
  const section = `<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}" w:orient="landscape"/>`
    + `<w:pgMar w:top="${page.margin}" w:right="${page.margin}" w:bottom="${page.margin}" w:left="${page.margin}" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${namespaces}><w:body>${body}${section}</w:body></w:document>`;
}

function stylesXml(language: Language): string {
  const style = (id: string, name: string, size: number, extra = '') =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`
    + `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${extra}</w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${namespaces}>`
    + `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="SimSun"/>`
    + `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${languageTags[language]}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`
    + '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + style('Title', 'Title', 32, '<w:jc w:val="center"/>')
    + style('Heading1', 'heading 1', 28, '<w:outlineLvl w:val="0"/>')
    + style('Heading2', 'heading 2', 24, '<w:outlineLvl w:val="1"/>')
    + '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>'
    + '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    + '</w:styles>';
}

const contentTypes = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  + '</Types>';

const packageRels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + '</Relationships>';

const documentRels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  + '</Relationships>';

const coreXml = (doc: DocxDocument) => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
  + `<dc:title>${escape(doc.title)}</dc:title><dc:language>${languageTags[doc.language]}</dc:language><dc:creator>Northbridge</dc:creator></cp:coreProperties>`;

export function writeDocx(doc: DocxDocument): Buffer {
  return zip([
    { path: '[Content_Types].xml', content: contentTypes },
    { path: '_rels/.rels', content: packageRels },
    { path: 'word/document.xml', content: documentXml(doc) },
    { path: 'word/_rels/document.xml.rels', content: documentRels },
    { path: 'word/styles.xml', content: stylesXml(doc.language) },
    { path: 'docProps/core.xml', content: coreXml(doc) },
  ]);
}
