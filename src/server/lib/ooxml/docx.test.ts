import { describe, expect, it } from 'vitest';
import { parseDocumentXml, unzipParts } from '../../test-support/docx-reader';
import { writeDocx } from './docx';

describe('the DOCX writer', () => {
  const doc = writeDocx({ title: 'Паспорт · 项目护照', language: 'zh', blocks: [
    { kind: 'heading', level: 1, text: '1. 基本信息' },
    { kind: 'paragraph', text: 'first line\nsecond <line> & "quotes"\u0007' },
    { kind: 'table', columns: ['A', 'B'], rows: [['=1+1', '中文'], ['only one']] },
  ] });

  it('writes a package whose parts a separate reader unzips and a strict parser reads', () => {
    const parts = unzipParts(doc);
    expect([...parts.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
    expect(parseDocumentXml(parts.get('word/document.xml')!)).toEqual([
      { kind: 'paragraph', style: 'Title', text: 'Паспорт · 项目护照' },
      { kind: 'paragraph', style: 'Heading1', text: '1. 基本信息' },
      { kind: 'paragraph', style: null, text: 'first line\nsecond <line> & "quotes"' },
      { kind: 'table', rows: [['A', 'B'], ['=1+1', '中文'], ['only one', '']] },
      { kind: 'paragraph', style: 'TableText', text: '' },
    ]);
    expect(parts.get('word/styles.xml')).toContain('w:eastAsia="SimSun"');
    expect(parts.get('docProps/core.xml')).toContain('<dc:language>zh-CN</dc:language>');
  });

  it('gives the same bytes for the same document', () => {
    expect(writeDocx({ title: 'x', language: 'en', blocks: [] }).equals(writeDocx({ title: 'x', language: 'en', blocks: [] }))).toBe(true);
  });
});
