/**
 * Hard-wrapped lines, as PDF text extraction leaves them (28 characters a line, a page number
 * every 22 lines), are joined back into their paragraphs; a text written one paragraph a line is
 * not touched.
 */
import { describe, expect, it } from 'vitest';
import { findWrappedLines } from '../../src/normalize/wrapped-lines.js';
import { normalize } from '../../src/normalize/index.js';
import { analyzeText } from '../../src/analyze.js';
import { lines, noDrops, readFixture, REPORT, wrapLikePdf } from './helpers.js';

/** Line breaks a 28-character wrap puts inside the paragraphs of `text`. */
const wrapsIn = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.length > 28)
    .reduce((n, l) => n + Math.ceil(l.length / 28) - 1, 0);

describe('a report hard-wrapped at 28 characters with page numbers', () => {
  const wrapped = wrapLikePdf(REPORT);

  it('looks like PDF extraction: lines of 28 characters, page numbers between pages', () => {
    const ls = wrapped.split('\n');
    expect(Math.max(...ls.map((l) => l.length))).toBe(28);
    expect(ls.filter((l) => /^— \d+ —$/.test(l)).length).toBeGreaterThanOrEqual(2);
    // The wrap must not hide a sentence end or a heading marker at a line's edge, or the
    // normaliser could not know: the test text is chosen so it does not.
    for (let i = 0; i + 1 < ls.length; i++) {
      if (ls[i]!.length === 28) expect(ls[i]).not.toMatch(/[。；：]$/);
    }
  });

  it('is joined back: the normalised text is the unwrapped original, page numbers gone', () => {
    const n = normalize(wrapped);
    expect(n.text).toBe(REPORT);
  });

  it('notes how many lines were joined and page numbers dropped', () => {
    const pages = wrapped.split('\n').filter((l) => /^— \d+ —$/.test(l)).length;
    expect(normalize(wrapped).notes).toEqual([
      { ruleId: 'page-number', count: pages, reason: `dropped ${pages} page-number lines` },
      { ruleId: 'wrapped-line', count: wrapsIn(REPORT), reason: `joined ${wrapsIn(REPORT)} wrapped lines` },
    ]);
  });

  it('headings still start their lines', () => {
    const text = normalize(wrapped).text;
    for (const heading of ['一、2022年工作开展情况', '（二）加强组织建设', '2.做好发展党员工作', '二、2023年工作打算', '三是加强党员队伍建设']) {
      expect(text).toMatch(new RegExp(`(^|\\n)${heading.replace(/[.()（）]/g, '\\$&')}`));
    }
  });
});

describe('at a wrap', () => {
  // Each case is a full 28-character line and the line after it, added to a wrapped report.
  const cases = [
    // a full line that ends a sentence ends its paragraph
    '全面从严治党向纵深推进，局机关党建工作质量得到全面提升。',
    '下一段另起一行，继续叙述机关党建的其他工作。',
    // one number cut in two: joined without a space
    '全局党员干部理论学习参学率始终稳定在较高水平，全年达到8',
    '5%以上。',
    // two Latin words: joined with a space
    '机关全面推广使用国产办公软件，目前各科室电脑已安装WPS',
    'Office办公软件。',
    // a full line that stops mid-sentence, then a heading: the heading keeps its line
    '附件：某某局党委2022年党建工作要点及任务责任分工方案',
    '三、附件说明',
  ];
  const text = normalize(wrapLikePdf(REPORT) + cases.join('\n') + '\n').text;

  it('the cases are full lines', () => {
    for (let i = 0; i < cases.length; i += 2) expect(cases[i]).toHaveLength(28);
  });

  it('a line ending in 。 is not joined', () => {
    expect(text).toContain('全面提升。\n下一段另起一行');
  });

  it('a digit split across lines joins without a space', () => {
    expect(text).toContain('全年达到85%以上。');
  });

  it('two Latin words keep a space', () => {
    expect(text).toContain('已安装WPS Office办公软件。');
  });

  it('a heading after a wrapped line still starts a line', () => {
    expect(text).toContain('分工方案\n三、附件说明');
  });

  it('a month list that a wrap put first is joined (`3、4月` is no heading)', () => {
    const month = ['全局各党支部按照年度计划认真组织开展活动，其中', '3、4月集中开展了主题教育。'];
    expect(normalize(wrapLikePdf(REPORT) + month.join('\n') + '\n').text).toContain('其中3、4月集中开展了主题教育。');
  });

  it('a blank line between two lines ends the paragraph', () => {
    const blank = ['全局党员干部理论学习参学率始终稳定在较高水平，全年达到8', '', '5%以上。'];
    expect(normalize(wrapLikePdf(REPORT) + blank.join('\n') + '\n').text).toContain('全年达到8\n\n5%以上。');
  });

  it('joins are deletions from one line’s end to the next one’s start', () => {
    const t = '全局党员干部理论学习参学率始终稳定在较高水平，全年达到8\n  5%以上。';
    const wrapped = wrapLikePdf(REPORT) + t;
    const joins = findWrappedLines(wrapped, lines(wrapped), noDrops);
    const last = joins[joins.length - 1]!;
    expect(wrapped.slice(last.from, last.to)).toBe('\n  ');
    expect(last.space).toBe(false);
  });
});

describe('texts that are not hard-wrapped are not touched', () => {
  it('an ordinary report, one paragraph a line of varied lengths', () => {
    const n = normalize(REPORT);
    expect(n.notes).toEqual([]);
    expect(n.text).toBe(REPORT);
    expect(findWrappedLines(REPORT, lines(REPORT), noDrops)).toEqual([]);
  });

  it('a plan listed one short item a line, without closing punctuation', () => {
    const plan = readFixture('plan-list.txt');
    expect(normalize(plan).notes).toEqual([]);
    expect(normalize(plan).text).toBe(plan);
  });

  it('a plan listing an item a line (`一是…`), lines of one length without closing punctuation', () => {
    // Lines like these look wrapped, but a line that opens the next item starts its own paragraph.
    const plan = readFixture('item-list.txt');
    expect(normalize(plan).text).toBe(plan);
    expect(analyzeText(plan).planItems.map((p) => p.marker)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是']);
  });

  it('a short Markdown report', () => {
    const md = readFixture('short.md');
    expect(md.trimEnd().split('\n')).toHaveLength(6);
    const n = normalize(md);
    expect(n.notes).toEqual([]);
    expect(n.text).toBe(md);
  });

  it('a long paragraph a line is not a page width', () => {
    const long = REPORT.split('\n')
      .map((l) => (l.length > 20 ? l + l : l))
      .join('\n');
    expect(findWrappedLines(long, lines(long), noDrops)).toEqual([]);
  });
});
