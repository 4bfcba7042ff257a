/**
 * Page furniture: page-number lines and running headers that a paged document leaves between its
 * pages are dropped; the same words inside the body are content and stay.
 */
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/normalize/page-furniture.js';
import { normalize } from '../../src/normalize/index.js';
import { lines } from './helpers.js';

/** Indices of the lines findFurniture drops, and its counts. */
function furniture(text: string) {
  const f = findFurniture(text, lines(text));
  return { dropped: [...f.lines].sort((a, b) => a - b), pageNumbers: f.pageNumbers, headers: f.headers };
}

/** Sentences of a report body; each page takes its own six, as a report's pages differ. */
const SENTENCES = [
  '（一）加强政治建设',
  '局党委坚持把政治建设摆在首位，全年召开党委会12次。',
  '开展理论学习中心组学习8次，组织专题研讨4次。',
  '党员干部的政治判断力、政治领悟力、政治执行力不断提高。',
  '研究意识形态工作2次，开展网络舆情分析研判6次。',
  '及时处置苗头性问题，守牢了意识形态阵地。',
  '（二）加强组织建设',
  '各支部开展主题党日活动36次，讲授专题党课15次。',
  '深入开展“我为群众办实事”实践活动。',
  '为群众解决实际困难27件，群众满意度明显提升。',
  '全年发展党员3名，转正预备党员2名。',
  '培训入党积极分子20人，党员队伍结构进一步优化。',
  '（三）加强作风建设',
  '开展廉政谈话45人次，组织警示教育2次。',
  '查找廉政风险点18个并逐一制定防控措施。',
  '风清气正的政治生态不断巩固。',
  '严格落实中央八项规定精神，持续纠治“四风”。',
  '机关作风明显转变，服务效能稳步提高。',
  '（四）加强制度建设',
  '修订完善党委议事规则等制度7项。',
  '建立健全党建工作责任清单，压实主体责任。',
  '开展党建工作专项检查3次，督促整改问题11个。',
  '推动党建工作与业务工作深度融合。',
  '制度执行力和约束力不断增强。',
  '（五）加强宣传工作',
  '在各级媒体刊发宣传稿件46篇。',
  '开设党建专栏，及时宣传先进典型。',
  '组织开展主题征文活动1次，收到作品58篇。',
  '营造了比学赶超的良好氛围。',
  '宣传工作的影响力持续扩大。',
  '（六）加强群团工作',
  '支持工会、共青团、妇委会依法依章程开展工作。',
  '组织职工运动会1次，开展文体活动9次。',
  '走访慰问困难职工13人次。',
  '职工队伍的凝聚力、向心力明显增强。',
  '群团组织作用得到有效发挥。',
];
const body = (n: number, size = 6): string[] => SENTENCES.slice((n - 1) * size, n * size);

/** Pages of body, each between the lines `before(n)` and `after(n)` (page numbers, headers). */
function paged(count: number, after: (n: number) => string[], before: (n: number) => string[] = () => [], size = 6): string {
  const out: string[] = [];
  for (let n = 1; n <= count; n++) out.push(...before(n), ...body(n, size), ...after(n));
  return out.join('\n') + '\n';
}

describe('page-number lines', () => {
  it.each([['— 3 —'], ['- 3 -'], ['—3—'], ['第3页'], ['第 3 页 共 10 页'], ['共10页 第3页'], ['3/10'], ['Page 3 of 10']])('%s is dropped', (line) => {
    const text = ['全年召开党委会12次。', line, '发展党员3名。'].join('\n');
    expect(furniture(text)).toEqual({ dropped: [1], pageNumbers: 1, headers: 0 });
    expect(normalize(text).text).toBe('全年召开党委会12次。\n发展党员3名。');
  });

  it('an indented page number is dropped too', () => {
    expect(furniture('正文。\n          — 3 —\n正文。').dropped).toEqual([1]);
  });

  it('page words inside a sentence are not a page-number line', () => {
    const text = '详见附件第3页。\n共印发10份，第3/10号文件。';
    expect(furniture(text).dropped).toEqual([]);
  });

  it('a note names the count', () => {
    const text = paged(3, (n) => [`— ${n} —`]);
    const n = normalize(text);
    expect(n.notes.find((x) => x.ruleId === 'page-number')?.reason).toBe('dropped 3 page-number lines');
    expect(n.text).not.toMatch(/—/);
  });
});

describe('bare numbers', () => {
  it('a run counting up a page at a time is dropped', () => {
    const text = paged(3, (n) => [`${n}`], undefined, 12);
    const bare = lines(text)
      .map((l, i) => [i, text.slice(l.start, l.end)] as const)
      .filter(([, c]) => /^\d+$/.test(c))
      .map(([i]) => i);
    expect(bare).toHaveLength(3);
    expect(furniture(text)).toEqual({ dropped: bare, pageNumbers: 3, headers: 0 });
  });

  it('a lone number line is kept', () => {
    const text = [...body(1), '3', ...body(2)].join('\n');
    expect(furniture(text).dropped).toEqual([]);
  });

  it('a column of figures, as a table extracted cell by cell leaves it, is kept', () => {
    const text = ['会议类型', '次数', '党委会', '12', '中心组学习', '8', '专题研讨', '4', '主题党日', '36'].join('\n');
    expect(furniture(text).dropped).toEqual([]);
  });

  it('a table numbered 1, 2, 3 row by row is kept: page numbers are a page apart, not a row', () => {
    const text = ['序号', '项目', '1', '召开党委会', '2', '中心组学习', '3', '专题研讨', '4', '主题党日'].join('\n');
    expect(furniture(text).dropped).toEqual([]);
    // as a .docx table reads (mammoth, a cell a line): the last row's `3` and `4次` are content
    const docx = ['序号', '项目', '次数', '1', '召开党委会', '12', '2', '中心组学习', '8', '3', '专题研讨', '4'].join('\n');
    expect(furniture(docx).dropped).toEqual([]);
  });
});

describe('running headers and footers', () => {
  const HEADER = '某某局党委2022年党建工作总结';

  it('a line repeated beside the page numbers on most pages is dropped', () => {
    // The header heads pages 2–4, as a 公文's 页眉 does; the page number ends every page.
    const text = paged(4, (n) => [`— ${n} —`], (n) => (n > 1 ? [HEADER] : []));
    const ls = lines(text);
    const headerLines = ls.flatMap((l, i) => (text.slice(l.start, l.end) === HEADER ? [i] : []));
    expect(headerLines).toHaveLength(3);
    const f = furniture(text);
    expect(f.headers).toBe(3);
    expect(f.pageNumbers).toBe(4);
    for (const i of headerLines) expect(f.dropped).toContain(i);
    const n = normalize(text);
    expect(n.text).not.toContain(HEADER);
    expect(n.text).toBe(paged(4, () => []));
    expect(n.notes.find((x) => x.ruleId === 'running-header')?.reason).toBe('dropped 3 running header or footer lines');
  });

  it('a footer with its own page number (`某某局 3`) counts as one line repeated, digits aside', () => {
    const text = paged(4, (n) => [`某某局机关党委 第${n}页`, '', `— ${n} —`]);
    // `某某局机关党委 第3页` is no page-number line by itself, but repeats beside every break
    const f = furniture(text);
    expect(f.pageNumbers).toBe(4);
    expect(f.headers).toBe(4);
  });

  it('the same short line in the body, away from the page breaks, is kept', () => {
    // the fourth of six lines on every page: three lines from either break
    const pages = paged(4, (n) => [`— ${n} —`]).split('\n');
    for (let n = 0; n < 4; n++) pages.splice(n * 8 + 3, 0, '（此处略）');
    const text = pages.join('\n');
    expect(furniture(text).headers).toBe(0);
    expect(normalize(text).text.match(/（此处略）/g)).toHaveLength(4);
  });

  it('a line beside the breaks that also appears once in the body is content everywhere', () => {
    const text = paged(4, (n) => [`— ${n} —`], (n) => (n > 1 ? [HEADER] : [])).replace('开展理论学习中心组学习8次', `${HEADER}\n开展理论学习中心组学习8次`);
    expect(furniture(text).headers).toBe(0);
  });

  it('a line beside only two of many breaks is not a running header', () => {
    const text = paged(6, (n) => [`— ${n} —`], (n) => (n === 2 || n === 5 ? ['附件'] : []));
    expect(furniture(text).headers).toBe(0);
  });

  it('form feeds mark the page breaks when there are no page numbers', () => {
    const text = paged(3, () => [], (n) => (n > 1 ? [`\f${HEADER}`] : []));
    const f = furniture(text);
    expect(f.pageNumbers).toBe(0);
    expect(f.headers).toBe(2);
  });

  it('without page breaks nothing is a running header', () => {
    const text = paged(4, () => [HEADER]);
    expect(furniture(text).dropped).toEqual([]);
  });
});
