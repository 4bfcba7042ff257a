import { describe, expect, it } from 'vitest';
import { dropFurniture, isPageNumber, linesOfItems, type PdfPage, type PlacedItem } from '../../src/io/pdf.js';

/** An item of `str` at (x, y), each character `size` wide (CJK) or half that (other). */
function item(str: string, x: number, y: number, size = 10): PlacedItem {
  const width = [...str].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? size / 2 : size), 0);
  return { str, x, y, width, size };
}

describe('linesOfItems', () => {
  it('joins the items of one baseline in x order, and starts a line where the baseline changes', () => {
    const lines = linesOfItems([item('第二行', 50, 130), item('召开党委会', 50, 100), item('3次', 100, 100.5), item('。', 120, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['召开党委会3次。', '第二行']);
    expect(lines[0].y).toBe(100);
  });

  it('invents no space between CJK glyphs, and removes those PDF.js puts beside them', () => {
    expect(linesOfItems([item('年初至今召开党委会 3 次，', 50, 100)]).map((l) => l.text)).toEqual(['年初至今召开党委会3次，']);
    // A small gap (justified or auto-spaced text) between a CJK run and a number: no space.
    expect(linesOfItems([item('完成', 50, 100), item('5', 72, 100), item('篇', 80, 100)]).map((l) => l.text)).toEqual(['完成5篇']);
  });

  it('puts a space for a word gap between non-CJK runs, and keeps the spaces inside them', () => {
    const lines = linesOfItems([item('LED', 50, 100), item('screen', 70, 100), item('VR smart', 110, 100)]);
    expect(lines[0].text).toBe('LED screen VR smart');
    expect(linesOfItems([item('APP', 50, 100), item('v2', 65, 100)])[0].text).toBe('APPv2');
  });

  it('puts a space for a gap wider than 1.5 em, even between CJK (table columns)', () => {
    expect(linesOfItems([item('党委会', 50, 100), item('3次', 120, 100)])[0].text).toBe('党委会 3次');
  });

  it('drops a run of spaces beside a CJK character whole, and makes other runs one space', () => {
    expect(linesOfItems([item('年初  至今\t召开 abc  def 3 次', 50, 100)])[0].text).toBe('年初至今召开abc def 3次');
    expect(linesOfItems([item('ab \u00a0 cd  中 ', 50, 100), item('  后 ', 115, 100)])[0].text).toBe('ab cd中后');
  });

  it('leaves out items that are only spaces', () => {
    expect(linesOfItems([item('  ', 50, 90), item('正文', 50, 100)]).map((l) => l.text)).toEqual(['正文']);
  });
});

describe('isPageNumber', () => {
  it.each(['3', '— 3 —', '- 3 -', '-3-', '－ 12 －', '第3页', '第 3 页', '第 3 页 共 10 页', '第3页/共10页', '共10页 第3页', '3/10', '3 / 10', 'Page 3', 'page 3 of 10', '第三页', '第 3 页 ， 共 10 页', '第3页，\t共10页', '共 10 页 / 第 3 页', '— 第3页 —', '第 3 页\t\t'])(
    '%s is a page number',
    (line) => expect(isPageNumber(line)).toBe(true),
  );
  it.each(['2022年', '一、主要工作', '3次', '第3章', '召开党委会3次', '2022-07-15', '', '第3页，共', '第3页 共10', '第3页\t\tx'])('%s is not', (line) => expect(isPageNumber(line)).toBe(false));
});

describe('dropFurniture', () => {
  const page = (n: number, body: string[], extra: { top?: string; bottom?: string } = {}): PdfPage => ({
    height: 800,
    lines: [
      ...(extra.top ? [{ text: extra.top, y: 40 }] : []),
      ...body.map((text, i) => ({ text, y: 120 + i * 20 })),
      ...(extra.bottom ? [{ text: extra.bottom, y: 770 }] : []),
    ],
  });

  it('drops page numbers in the top or bottom band, on any page', () => {
    expect(dropFurniture([page(1, ['正文一'], { bottom: '— 1 —' })])).toEqual([['正文一']]);
    expect(dropFurniture([page(1, ['正文一'], { top: '第 1 页 共 2 页' }), page(2, ['正文二'], { top: '第 2 页 共 2 页' })])).toEqual([['正文一'], ['正文二']]);
  });

  it('keeps a number in the body of the page', () => {
    expect(dropFurniture([page(1, ['表1', '3', '正文'])])).toEqual([['表1', '3', '正文']]);
  });

  it('drops a running header or footer: the same text, digits ignored, in a band of most pages', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n, [`正文${n}`], { top: '某局2022年工作总结', bottom: `某局办公室印 ${n}` }));
    expect(dropFurniture(pages)).toEqual([['正文1'], ['正文2'], ['正文3'], ['正文4']]);
  });

  it('keeps a header on the first page only (a title), and anything on a single page', () => {
    const pages = [page(1, ['正文一'], { top: '工作总结' }), page(2, ['正文二']), page(3, ['正文三'])];
    expect(dropFurniture(pages)).toEqual([['工作总结', '正文一'], ['正文二'], ['正文三']]);
    expect(dropFurniture([page(1, ['正文'], { top: '标题' })])).toEqual([['标题', '正文']]);
  });

  it('keeps body lines that repeat outside the bands', () => {
    const pages = [1, 2].map(() => ({ height: 800, lines: [{ text: '同一行', y: 400 }] }));
    expect(dropFurniture(pages)).toEqual([['同一行'], ['同一行']]);
  });
});
