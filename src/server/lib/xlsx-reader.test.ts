import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zip } from './ooxml/zip';
import { isDateFormat, readXlsxRows, XlsxTooLargeError, XlsxTooManyRowsError, XlsxUnreadableError } from './xlsx-reader';
import { listZipEntries, readZipEntry } from './zip-inspection';

const limits = { maxUncompressedBytes: 10 * 1024 * 1024, maxRows: 1_000, maxColumns: 20 };
const centralHeader = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** What ExcelJS itself reads from a file, as cell texts: the reference the reader is held to. */
async function readWithExcelJs(file: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((value) => {
      if (value === null || value === undefined) return '';
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (typeof value === 'object') {
        if ('richText' in value) return value.richText.map((part) => part.text).join('');
        if ('text' in value) return String(value.text);
        if ('formula' in value && value.formula) return `=${value.formula}`;
        return '';
      }
      return String(value);
    }));
  });
  return rows;
}

/** A package by hand, as other tools write them: parts named and ordered differently, other cell types. */
function handMadeXlsx(sheetXml: string, { styles = '', sharedStrings = '', workbookPr = '' } = {}): Buffer {
  return zip([
    { path: '[Content_Types].xml', content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { path: 'xl/worksheets/data.xml', content: `<?xml version="1.0"?><worksheet><sheetData>${sheetXml}</sheetData></worksheet>` },
    { path: 'xl/worksheets/other.xml', content: '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not this one</t></is></c></row></sheetData></worksheet>' },
    {
      path: 'xl/workbook.xml',
      content: `<workbook xmlns:x="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookPr}<sheets><sheet name="Реестр" sheetId="2" x:id="rIdB"/><sheet name="Другой" sheetId="1" x:id="rIdA"/></sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      content: '<Relationships><Relationship Id="rIdA" Type="http://x/worksheet" Target="worksheets/other.xml"/><Relationship Id="rIdB" Type="http://x/worksheet" Target="/xl/worksheets/data.xml"/>'
        + '<Relationship Id="rIdS" Type="http://x/sharedStrings" Target="strings.xml"/><Relationship Id="rIdT" Type="http://x/styles" Target="styles.xml"/></Relationships>',
    },
    { path: 'xl/strings.xml', content: `<sst>${sharedStrings}</sst>` },
    { path: 'xl/styles.xml', content: `<styleSheet>${styles}</styleSheet>` },
  ]);
}

describe('reading XLSX', () => {
  it('reads what ExcelJS writes exactly as ExcelJS reads it back', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('residents');
    sheet.addRow(['name_ru', 'name_zh', 'founded', 'headcount', 'share', 'active', 'site', 'note', 'formula']);
    sheet.addRow(['ООО «Север» & <Юг>', '北极科技有限公司', new Date(Date.UTC(2019, 4, 17)), 1250, -0.125, true, { text: 'north.example', hyperlink: 'https://north.example' },
      { richText: [{ text: 'жирный ', font: { bold: true } }, { text: 'обычный' }] }, { formula: 'SUM(D2:D3)', result: 1251 }]);
    sheet.addRow([]);
    sheet.addRow(['"кавычки" и \'апостроф\'', null, null, 12345678901234, 1e-7, false, null, '  пробелы  ', { formula: 'A2&"x"', result: 'ООО' }]);
    sheet.getCell('L5').value = 'далеко справа';
    sheet.getCell('C4').numFmt = 'dd.mm.yyyy';
    sheet.getCell('C4').value = 45000.5;
    sheet.getCell('E2').numFmt = '0.00%';
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const expected = await readWithExcelJs(file);
    const read = readXlsxRows(file, limits);
    expect(read.map((row) => row.join('|').replace(/\|+$/, ''))).toEqual(expected.map((row) => row.join('|').replace(/\|+$/, '')));
    expect(read[1]).toEqual(['ООО «Север» & <Юг>', '北极科技有限公司', '2019-05-17', '1250', '-0.125', 'true', 'north.example', 'жирный обычный', '=SUM(D2:D3)']);
    expect(read[3]![2]).toBe('2023-03-15');
    expect(read[4]![11]).toBe('далеко справа');
  });

  it('reads inline strings, formulas, errors, booleans, 1904 dates, custom formats, phonetic guides and escaped characters from a hand-made package', () => {
    const file = handMadeXlsx(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
      + '<row r="3" spans="1:6"><c r="A3" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" t="b"><v>1</v></c>'
      + '<c r="D3" s="1"><v>0</v></c><c r="E3" s="2"><v>0.5</v></c><c r="F3" s="3"><v>43831</v></c></row>'
      + '<row r="4"><c r="A4"><f t="shared" ref="A4:A5" si="0">B4*2</f><v>2</v></c></row><row r="5"><c r="A5"><f t="shared" si="0"/><v>4</v></c><c r="B5" t="inlineStr"><is><r><t xml:space="preserve">a </t></r><r><t>b&#x4E2D;&#20013;</t></r></is></c></row>',
      {
        sharedStrings: '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><r><t>A&amp;B</t></r><r><t>_x000D_\n_x005F_x0041_</t></r></si>',
        styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="14"/></cellXfs>',
        workbookPr: '<workbookPr date1904="1"/>',
      },
    );
    expect(readXlsxRows(file, limits)).toEqual([
      ['名称', '漢字', 'A&B\r\n_x0041_'],
      [],
      ['=CONCAT("a","b")', '', 'true', '1904-01-01', '0.5', '2024-01-02'],
      ['=B4*2'],
      ['=B4*2', 'a b中中'],
    ]);
  });

  it('reads elements written with a namespace prefix, as the .NET Open XML SDK writes them', () => {
    const file = handMadeXlsx('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>префикс</x:t></x:is></x:c><x:c r="B1" s="1"><x:v>45292</x:v></x:c><x:c r="C1" t="s"><x:v>0</x:v></x:c></x:row>', {
      sharedStrings: '<x:si><x:t>общая строка</x:t></x:si>',
      styles: '<x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs>',
    });
    expect(readXlsxRows(file, limits)).toEqual([['префикс', '2024-01-01', 'общая строка']]);
  });

  it('knows date formats from number formats', () => {
    for (const code of ['dd.mm.yyyy', 'yyyy\\-mm\\-dd', '[$-419]d mmmm yyyy', 'h:mm', 'yyyy"年"m"月"d"日"']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '0.00%', '#,##0 "руб."', '0.00E+00', '[Red]0.00', '"d"0']) expect(isDateFormat(code), code).toBe(false);
  });

  it('keeps one column past the limit, so that the header check can refuse it, and drops the rest', () => {
    const cells = Array.from({ length: 26 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>c${i}</t></is></c>`).join('');
    expect(readXlsxRows(handMadeXlsx(`<row r="1">${cells}</row>`), limits)[0]).toHaveLength(limits.maxColumns + 1);
  });

  it('refuses a row past the row limit before reading on, a part that inflates past the size limit, and what is not a workbook', () => {
    expect(() => readXlsxRows(handMadeXlsx('<row r="1001"/><row r="1002"/>'), limits)).toThrow(XlsxTooManyRowsError);
    expect(readXlsxRows(handMadeXlsx('<row r="1001"/>'), limits)).toHaveLength(1_001);
    const large = handMadeXlsx(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(50_000)}</t></is></c></row>`);
    expect(() => readXlsxRows(large, { ...limits, maxUncompressedBytes: 20_000 })).toThrow(XlsxTooLargeError);
    expect(() => readXlsxRows(zip([{ path: 'word/document.xml', content: '<w:document/>' }]), limits)).toThrow(XlsxUnreadableError);
    expect(() => readXlsxRows(Buffer.from('PK\u0003\u0004 not a zip'), limits)).toThrow(XlsxUnreadableError);
  });

  it('holds the parts it reads to one size budget, whatever sizes their headers declare', () => {
    const file = handMadeXlsx(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>${'y'.repeat(15_000)}</t></is></c></row>`, { sharedStrings: `<si><t>${'x'.repeat(15_000)}</t></si>` });
    // Every entry of the central directory claims to unpack to nothing.
    for (let at = file.indexOf(centralHeader); at >= 0; at = file.indexOf(centralHeader, at + 4)) file.writeUInt32LE(0, at + 24);
    expect(() => readXlsxRows(file, { ...limits, maxUncompressedBytes: 25_000 })).toThrow(XlsxTooLargeError);
    expect(readXlsxRows(file, { ...limits, maxUncompressedBytes: 40_000 })[0]![0]).toHaveLength(15_000);
  });

  it('reads stored entries as well as deflated ones', () => {
    const deflated = zip([{ path: 'a.txt', content: 'stored text' }]);
    const entry = listZipEntries(deflated)![0]!;
    expect(readZipEntry(deflated, entry, 100).toString()).toBe('stored text');
    // The same entry rewritten as stored (method 0): its bytes are the text itself.
    const raw = Buffer.from('stored text');
    const stored = Buffer.concat([deflated.subarray(0, 30 + entry.name.length), raw]);
    stored.writeUInt16LE(0, 8);
    expect(readZipEntry(stored, { ...entry, method: 0, compressedBytes: raw.length }, 100).toString()).toBe('stored text');
    expect(() => readZipEntry(stored, { ...entry, method: 0, compressedBytes: raw.length }, 5)).toThrow();
  });
});
