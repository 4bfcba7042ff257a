/**
 * Word's automatic list numbering (io/docx-numbering.ts): the markers Word shows before numbered
 * paragraphs, put back into a .docx's text so that its headings are seen.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analyze.js';
import { formatNumber, listMarkers } from '../../src/io/docx-numbering.js';
import { readReport } from '../../src/io/read.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (ilvl: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (...parts: string[]) => `<w:numbering ${W}>${parts.join('')}</w:numbering>`;
const p = (props: string, text: string) => `<w:p><w:pPr>${props}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numPr = (numId: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const doc = (...paragraphs: string[]) => `<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`;

describe('listMarkers', () => {
  const headings = numbering(
    `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '（%4）')}</w:abstractNum>`,
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  );

  it('renders each level’s pattern and format, and restarts the levels below one that advances', () => {
    const markers = listMarkers(
      doc(p(numPr(1, 0), 'a'), p(numPr(1, 1), 'b'), p(numPr(1, 2), 'c'), p(numPr(1, 2), 'd'), p(numPr(1, 1), 'e'), p(numPr(1, 2), 'f'), p(numPr(1, 0), 'g'), p(numPr(1, 1), 'h'), p(numPr(1, 3), 'i')),
      headings,
    );
    expect(markers).toEqual(['一、', '（一）', '1.', '2.', '（二）', '1.', '二、', '（一）', '（1）']);
  });

  it('skips paragraphs without numbering, and numId 0 (numbering switched off)', () => {
    expect(listMarkers(doc(p('', 'title'), p(numPr(0, 0), 'off'), p(numPr(1, 0), 'a')), headings)).toEqual(['一、']);
  });

  it('follows a start override, and numbering set by a paragraph style', () => {
    const styled = numbering(
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="H1"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    );
    expect(listMarkers(doc(p('<w:pStyle w:val="H1"/>', 'a'), p('<w:pStyle w:val="H1"/>', 'b'), p(numPr(2, 0), 'c')), styled)).toEqual(['一、', '二、', '五、']);
  });

  it('reads Word’s own markup: attributes in any order, empty paragraphs, a text box inside a numbered paragraph', () => {
    const attributed = numbering(
      `<w:abstractNum w15:restartNumberingAfterBreak="0" w:abstractNumId="7"><w:nsid w:val="1A2B"/><w:lvl w:ilvl="0" w:tplc="04090013"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>`,
      '<w:num w:numId="3" w16cid:durableId="123"><w:abstractNumId w:val="7"/></w:num>',
      '<w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride></w:num>',
    );
    // The text box's paragraph has no numbering, and the numbered one holding it keeps its own.
    const textBox = '<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>';
    const boxed = `<w:p w:rsidR="00AB"><w:pPr><w:pStyle w:val="a3"/>${numPr(3, 0)}<w:rPr><w:b/></w:rPr></w:pPr>${textBox}<w:r><w:t>a</w:t></w:r></w:p>`;
    const markers = listMarkers(doc(boxed, '<w:p/>', '<w:p w:rsidR="00AB"/>', p(numPr(3, 0), 'b'), p('', 'c'), p(numPr(4, 0), 'd')), attributed);
    expect(markers).toEqual(['一、', '二、', '八、']);
  });

  it('formats counters as Word does', () => {
    expect(['decimal', 'chineseCounting', 'decimalEnclosedCircle', 'decimalEnclosedParen', 'ideographTraditional', 'decimalFullWidth', 'upperRoman', 'lowerLetter', 'bullet'].map((f) => formatNumber(12, f))).toEqual(
      ['12', '十二', '⑫', '⑿', '12', '１２', 'XII', 'l', ''],
    );
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
  });
});

describe('readReport: a .docx numbered by Word (fixtures/io/numbered.docx, made by make-fixtures.py)', () => {
  it('puts the list numbers back, bullets left without one', async () => {
    const { text } = await readReport('test/fixtures/io/numbered.docx');
    expect(text.split('\n')).toEqual([
      '某局2023年党建工作总结',
      '一、主要工作',
      '（一）强化政治建设。全年召开党委会12次。',
      '1.抓好理论学习。',
      '2.规范组织生活。',
      '（二）加强作风建设。',
      '二、存在的问题',
      '学习不够深入',
      '三、2024年工作打算',
      '（一）深化理论武装。',
      '',
    ]);
  });

  it('so its headings, roles and plan items are found', async () => {
    const doc = await analyzeFile('test/fixtures/io/numbered.docx');
    expect(doc.sections.map((s) => `${s.marker}${s.title}:${s.role}`)).toEqual(['一、主要工作:achievements', '二、存在的问题:problems', '三、2024年工作打算:plans']);
    expect(doc.planItems.map((i) => `${i.marker}${i.title} (${i.year})`)).toEqual(['（一）深化理论武装 (2024)']);
    expect(doc.title?.text).toBe('某局2023年党建工作总结');
  });
});
