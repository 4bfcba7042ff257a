/**
 * A report scraped onto one line: line breaks go back before the headings run into it, so it
 * reads like the report it was; numeral lists inside sentences are not taken for headings.
 */
import { describe, expect, it } from 'vitest';
import { findRunInHeadings, RUN_IN_MIN_LINE } from '../../src/normalize/run-in-headings.js';
import { normalize } from '../../src/normalize/index.js';
import { analyzeText } from '../../src/analyze.js';
import type { ReportDocumentJson } from '../../src/output/schema.js';
import { flatten, lines, noDrops, oneLine, REPORT } from './helpers.js';

/** Headings with level, marker and title; metrics and plan items as the analysis reads them. */
function outline(doc: ReportDocumentJson) {
  return {
    headings: flatten(doc.sections).map((s) => `${s.level} ${s.marker} ${s.title}`),
    metrics: doc.metrics.map((m) => `${m.quantity} ${m.section.join('/')}`),
    planItems: doc.planItems.map((p) => `${p.marker} ${p.title} ${p.year} ${p.targets.map((t) => t.quantity).join(',')}`),
  };
}

const breaksIn = (text: string) => findRunInHeadings(text, lines(text), noDrops);

/** A long sentence of report prose, to make a line as long as a scraped page's. */
const PROSE =
  '全年召开党委会12次，开展理论学习中心组学习8次，组织专题研讨4次，党员干部的政治判断力、政治领悟力、政治执行力不断提高，研究意识形态工作2次，开展网络舆情分析研判6次，及时处置苗头性问题，守牢了意识形态阵地。';

describe('a whole report scraped onto one line', () => {
  const scraped = oneLine(REPORT);

  it('is one line, long enough to be a scraped page', () => {
    expect(scraped).not.toContain('\n');
    expect(scraped.length).toBeGreaterThan(RUN_IN_MIN_LINE);
  });

  it('gets a line break before each heading', () => {
    const { text, notes } = normalize(scraped);
    for (const heading of ['一、2022年工作开展情况', '（一）加强政治建设', '1.坚持理论学习。', '2.落实意识形态', '（二）加强组织建设', '（三）加强作风建设', '二、2023年工作打算']) {
      expect(text).toContain(`\n${heading}`);
    }
    expect(notes.map((n) => n.ruleId)).toEqual(['run-in-heading']);
  });

  it('a part title with its body run in ends after the part’s name', () => {
    expect(normalize(scraped).text).toContain('二、2023年工作打算\n2023年，我局将');
  });

  it('analyses to the same headings, metrics and plan items as the multi-line original', () => {
    const original = outline(analyzeText(REPORT));
    expect(original.headings.length).toBeGreaterThan(10);
    expect(original.planItems).toHaveLength(4);
    expect(outline(analyzeText(scraped))).toEqual(original);
  });

  it('without normalisation the one line is no outline at all', () => {
    // what the breaks are for: the parser alone sees one paragraph
    const all = flatten(analyzeText(REPORT).sections).length;
    expect(flatten(analyzeText(scraped, { normalize: false }).sections).length).toBeLessThan(all / 2);
  });
});

describe('numeral lists inside sentences are no headings', () => {
  // Each is set in a line long enough for run-in headings, under a part 一 (so 二 would continue it).
  const inLongLine = (sentence: string) => `一、2022年工作开展情况\n${PROSE}${sentence}${PROSE}`;

  it.each([
    ['一、二、三产融合', '推动一、二、三产融合发展。一、二、三产融合发展取得新成效，带动农民增收。'],
    ['a quoted list', '总结推广“一、二、三”工作法，取得良好效果。'],
    ['months', '。1、2月集中开展了主题教育，参学率达到98%。'],
    ['一、二季度', '一、二季度全局经济运行总体平稳，各项指标完成良好。'],
    ['二、三季度', '二、三季度各项指标均好于预期。'],
  ])('%s', (_, sentence) => {
    const text = inLongLine(sentence);
    expect(text.split('\n')[1]!.length).toBeGreaterThan(RUN_IN_MIN_LINE);
    expect(breaksIn(text)).toEqual([]);
    expect(normalize(text).text).toBe(text);
  });

  it('a title that starts with a longer number is still a heading (`二、二〇二三年…`)', () => {
    const text = `一、2022年工作开展情况\n${PROSE}二、二〇二三年工作打算${PROSE}`;
    expect(normalize(text).text).toContain(`\n二、二〇二三年工作打算`);
  });

  it('ordinary short lines are never split', () => {
    const text = ['一、2022年工作开展情况', '全年召开党委会12次。二、存在的问题较多。（一）思想认识不到位。1.学习不深入。'].join('\n');
    expect(text.split('\n')[1]!.length).toBeLessThan(RUN_IN_MIN_LINE);
    expect(breaksIn(text)).toEqual([]);
    expect(normalize(text).text).toBe(text);
  });

  it('a marker that does not continue its sequence is left in its sentence', () => {
    // under part 一, `五、` neither starts nor continues anything
    const text = `一、2022年工作开展情况\n${PROSE}五、六十年代的老党员座谈会召开1次。${PROSE}`;
    expect(breaksIn(text)).toEqual([]);
  });
});

describe('tasks numbered across parents', () => {
  const plan = [
    '某某局2023年党建工作要点',
    '2023年，局党委将坚持以党的二十大精神为指引，全面加强机关党的建设，重点抓好以下工作。',
    '一、加强政治建设',
    '1.坚持理论学习，全年召开党委会不少于12次，开展中心组学习不少于8次。',
    '2.落实意识形态工作责任制，全年研究意识形态工作不少于2次。',
    '二、加强组织建设',
    '3.规范基层组织生活，各支部每月开展主题党日活动。',
    '4.做好发展党员工作，全年发展党员不少于3名。',
    '三、加强作风建设',
    '5.持续开展廉政警示教育，驰而不息纠治“四风”。',
  ];
  const scraped = plan.join('');

  it('are all found on a scraped page', () => {
    const { text } = normalize(scraped);
    for (const task of ['1.坚持', '2.落实', '3.规范', '4.做好', '5.持续']) expect(text).toContain(`\n${task}`);
  });

  it('analyse as the multi-line plan does', () => {
    const original = outline(analyzeText(plan.join('\n')));
    expect(original.headings.filter((h) => h.startsWith('3 '))).toHaveLength(5);
    expect(outline(analyzeText(scraped))).toEqual(original);
  });
});

describe('breaks', () => {
  it('delete the spaces before a heading, and only them', () => {
    const text = `一、2022年工作开展情况${PROSE}   二、2023年工作打算${PROSE}`;
    const breaks = breaksIn(text);
    const at = text.indexOf('二、2023');
    expect(breaks).toContainEqual({ from: at - 3, at });
    expect(normalize(text).text).toContain(`。\n二、2023年工作打算\n`);
  });
});
