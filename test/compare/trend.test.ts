import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, createProcessor } from '../../src/analyze.js';
import { trend } from '../../src/compare/trend.js';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { Trend } from '../../src/output/schema.js';
import { trendToCsv, trendToMarkdown } from '../../src/output/trend-report.js';

const segmenter = createSegmenter();
const processor = createProcessor({ segmenter });
const load = (name: string) => {
  const file = `test/fixtures/compare/${name}`;
  return analyzeReport(readFileSync(file, 'utf8'), { processor, source: { file } });
};

// Given out of order on purpose: trend sorts by year.
const reports = [load('org-2022.txt'), load('org-2021.txt')];
const result = trend(reports, segmenter);

describe('trend across years', () => {
  it('orders reports by year and validates against the schema', () => {
    expect(result.documents.map((d) => d.year)).toEqual([2021, 2022]);
    expect(() => Trend.parse(result)).not.toThrow();
  });

  it('builds metric series for the same action and object, with deltas', () => {
    const meetings = result.metrics.find((m) => m.action === '召开' && m.object === '党委会')!;
    expect(meetings.points.map((p) => p?.value)).toEqual([12, 15]);
    expect(meetings.deltas).toEqual([null, 3]);
    const study = result.metrics.find((m) => m.object === '中心组学习')!;
    expect(study.deltas[1]).toBe(-2);
  });

  it('reports a formulation that appears', () => {
    const term = result.terms.find((t) => t.term === '党的二十大精神');
    expect(term?.change).toBe('appears');
    expect(term?.category).toBe('thought');
    expect(term?.counts).toEqual([0, 2]);
  });

  it('finds sentences carried over verbatim, with offsets into each file', () => {
    const copied = result.carriedOver.find((c) => c.to.text.startsWith('坚持以习近平新时代中国特色社会主义思想为指导，推动学习'));
    expect(copied?.similarity).toBe(1);
    const [later, earlier] = reports;
    expect(earlier!.text.slice(copied!.from.start, copied!.from.end)).toBe(copied!.from.text);
    expect(later!.text.slice(copied!.to.start, copied!.to.end)).toBe(copied!.to.text);
  });

  it('does not pair a sentence with a merely similar-looking one', () => {
    expect(result.carriedOver.every((c) => c.similarity >= 0.8)).toBe(true);
    expect(result.carriedOver.some((c) => c.to.text.includes('党的二十大精神'))).toBe(false);
  });

  it('renders Markdown tables and a CSV of the series', () => {
    const md = trendToMarkdown(result);
    expect(md).toContain('## Metric series');
    expect(md).toMatch(/\| 召开\s+\| 党委会/);
    const csv = trendToCsv(result).split(/\r?\n/);
    expect(csv[0]).toBe('action,object,indicator,period,unit,year,file,value,masked,delta,quantities');
    expect(csv.some((l) => l.startsWith('召开,党委会,,year,次,2022,') && l.includes(',15,false,3,'))).toBe(true);
  });
});

describe('term changes across more than two reports', () => {
  // Three years of the same organisation: 2021 and 2022 from the fixtures, a 2023 written from 2022.
  const r2022 = readFileSync('test/fixtures/compare/org-2022.txt', 'utf8');
  const r2023 = r2022.replace(/2022/g, '2023').replace(/党的二十大精神/g, '全面从严治党');
  const three = [load('org-2021.txt'), load('org-2022.txt'), analyzeReport(r2023, { processor, source: { file: 'org-2023.txt' } })];
  const t = trend(three, segmenter);

  it('lists every change between consecutive reports with its year; change is the latest', () => {
    expect(() => Trend.parse(t)).not.toThrow();
    expect(t.documents.map((d) => d.year)).toEqual([2021, 2022, 2023]);
    const term = t.terms.find((x) => x.term === '党的二十大精神')!;
    expect(term.counts).toEqual([0, 2, 0]);
    expect(term.changes).toEqual([
      { at: 1, year: 2022, change: 'appears' },
      { at: 2, year: 2023, change: 'disappears' },
    ]);
    expect(term.change).toBe('disappears');
  });

  it('says in Markdown when each change happened', () => {
    expect(trendToMarkdown(t)).toMatch(/\| 党的二十大精神\s+\| thought\s+\| appears 2022, disappears 2023/);
  });
});

describe('metric series count work done, not targets', () => {
  it('leaves out the figures of a review’s plan part', () => {
    const y2023 = '某局2023年党建工作总结\n一、主要工作\n全年发展党员3名，召开党委会12次。\n二、2024年工作打算\n（一）发展党员不少于3名。\n（二）召开党委会不少于12次。';
    const y2024 = '某局2024年党建工作总结\n一、主要工作\n全年发展党员2名，召开党委会14次。';
    const t = trend([y2023, y2024].map((text, i) => analyzeReport(text, { processor, source: { file: `${2023 + i}.txt` } })), segmenter);
    const values = (object: string) => t.metrics.find((m) => m.object === object)?.points.map((p) => p?.value);
    expect(values('党员')).toEqual([3, 2]);
    expect(values('党委会')).toEqual([12, 14]);
    // the title lines differ only in the year: the same by design, not copied text
    expect(t.carriedOver.some((c) => c.to.text.includes('党建工作总结'))).toBe(false);
  });
});

describe('metric series take the period’s own figure', () => {
  const series = (texts: string[], object: string) => {
    const t = trend(texts.map((text, i) => analyzeReport(text, { processor, source: { file: `${2024 + i}.txt` } })), segmenter);
    return t.metrics.find((m) => m.object === object && m.unit === '%')?.points.map((p) => p?.value);
  };

  it('rates do not add up: a rate given twice counts once', () => {
    const a = '某市2024年工作总结\n一、主要工作\n全年一般公共预算收入增长5%。\n二、存在问题\n收入结构不优。';
    const b = '某市2025年工作总结\n一、主要工作\n全年一般公共预算收入增长6%。一般公共预算收入增长6%，好于预期。\n二、存在问题\n收入结构不优。';
    expect(series([a, b], '一般公共预算收入')).toEqual([5, 6]);
  });

  it('a span’s figure (年均, 五年来) is not the year’s', () => {
    const a = '某市2024年工作总结\n一、主要工作\n全年固定资产投资增长5%。\n二、存在问题\n投资后劲不足。';
    const b = '某市2025年工作总结\n一、主要工作\n全年固定资产投资增长7%。五年来，固定资产投资年均增长9%。\n二、存在问题\n投资后劲不足。';
    expect(series([a, b], '固定资产投资')).toEqual([5, 7]);
  });
});

describe('reports that share a year', () => {
  it('Markdown names their columns and changes by file as well as year', () => {
    const texts = [
      ['a.txt', '某局2021年党建工作总结\n一、主要工作\n全年召开党委会12次，推进乡村振兴。'],
      ['b.txt', '某处2021年党建工作总结\n一、主要工作\n全年召开党委会10次，推进营商环境建设。'],
      ['c.txt', '某局2022年党建工作总结\n一、主要工作\n全年召开党委会14次，推进乡村振兴。'],
    ];
    const t = trend(texts.map(([file, text]) => analyzeReport(text!, { processor, source: { file } })), segmenter);
    const md = trendToMarkdown(t);
    const header = md.split('\n').find((l) => l.startsWith('| Action'))!;
    expect(header).toContain('2021 a.txt');
    expect(header).toContain('2021 b.txt');
    expect(header).toMatch(/\| 2022\s*\|/);
    expect(md).not.toMatch(/(appears|disappears) 2021(?! [ab]\.txt)/);
  });
});

describe('series of headline indicators: keyed by what they measure, for the year of work (issue 14)', () => {
  // Two government work reports, each reviewing the year before its delivery; the later one closes a
  // five-year plan and reviews the five years first, over several paragraphs.
  const y2025 = [
    '2025年政府工作报告',
    '一、2024年工作回顾',
    '过去一年，全省生产总值增长5.8%，社会消费品零售总额增长5.1%，城镇调查失业率从年初5.6%降到5.2%。全年办理人大代表建议754件。',
    '二、2025年工作安排',
    '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，社会消费品零售总额增长6%左右。',
  ].join('\n');
  const y2026 = [
    '2026年政府工作报告',
    '一、“十四五”时期和2025年工作回顾',
    '“十四五”时期是极不寻常的五年。',
    '我们坚持依法行政，办理人大代表建议3623件，地区生产总值年均增长5.6%。',
    '我们持续改善民生，新增跨境电商企业120家，跨境电商进出口增长180%。',
    '刚刚过去的2025年，各项工作取得新成效。地区生产总值增长5.5%，全年办理人大代表建议801件。',
    '二、2026年工作安排',
    '主要预期目标是：地区生产总值增长5%左右。',
  ].join('\n');
  const t = trend([y2025, y2026].map((text, i) => analyzeReport(text, { processor, source: { file: `gov-${2025 + i}.txt` } })), segmenter);
  const byIndicator = (indicator: string) => t.metrics.find((m) => m.indicator === indicator && m.unit === '%');

  it('meets `全省生产总值` and `地区生产总值` in one series, each point at its year of work', () => {
    const gdp = byIndicator('地区生产总值')!;
    expect(gdp.period).toBe('year');
    expect(gdp.points.map((p) => [p.year, p.value])).toEqual([[2024, 5.8], [2025, 5.5]]);
    expect(gdp.deltas).toEqual([null, -0.3]);
    expect(Trend.safeParse(t).success).toBe(true);
  });

  it('keeps a headline figure given by one report only, the other point marked not given', () => {
    const retail = byIndicator('社会消费品零售总额')!;
    expect(retail.points.map((p) => [p.given, p.value])).toEqual([[true, 5.1], [false, null]]);
  });

  it('takes where a change ended, not where it started (`从年初5.6%降到5.2%`)', () => {
    expect(byIndicator('城镇调查失业率')!.points[0]!.value).toBe(5.2);
  });

  it('never sets a five-year figure against a year’s, nor takes a plan target as a point', () => {
    const proposals = t.metrics.find((m) => m.object === '人大代表建议')!;
    expect(proposals.points.map((p) => p.value)).toEqual([754, 801]);
    for (const m of t.metrics) for (const p of m.points) expect([3623, 5.6, 6, 5]).not.toContain(p.value);
  });

  it('a part of an indicator (`跨境电商进出口`) and a count of firms are no points of 进出口总额', () => {
    expect(t.metrics.some((m) => m.indicator === '进出口总额')).toBe(false);
  });
});

describe('a real pair: Hubei’s 2025 and 2026 reports (excerpts), the later closing the 十四五', () => {
  // test/fixtures/compare/hubei-*-excerpt.txt: the review parts as published. The 2026 report
  // reviews the five years (`“十四五”时期是…的五年`, then paragraphs that do not repeat it) before
  // `刚刚过去的2025年…`; the five-year totals there (`办理人大代表建议3623件`) once stood in
  // series against the 2025 report's year figures (`754件`).
  const pair = [load('hubei-2025-excerpt.txt'), load('hubei-2026-excerpt.txt')];
  const t = trend(pair, segmenter);
  const later = pair[1]!;
  const yearStarts = later.source.indexOf('刚刚过去的2025年');

  it('dates each report by its year of work', () => {
    expect(t.documents.map((d) => [d.year, d.samePeriodAsPrevious])).toEqual([[2024, false], [2025, false]]);
  });

  it('gives no point from the five-year review: every 2026 point lies in the 2025 part', () => {
    expect(yearStarts).toBeGreaterThan(0);
    const points = t.metrics.flatMap((m) => (m.points[1]!.given ? m.points[1]!.quantities : []));
    expect(points.length).toBeGreaterThan(0);
    for (const q of points) expect(q.start).toBeGreaterThan(yearStarts);
    expect(t.metrics.some((m) => m.points.some((p) => p.value === 3623 || p.value === 3862))).toBe(false);
  });

  it('sets 2025’s GDP growth against 2024’s', () => {
    const gdp = t.metrics.find((m) => m.indicator === '地区生产总值' && m.unit === '%')!;
    expect(gdp.points.map((p) => [p.year, p.value])).toEqual([[2024, 5.8], [2025, 5.5]]);
  });
});

describe('reports of one year are not read as change', () => {
  const texts = [
    '某局2021年党建工作总结\n一、主要工作\n全年召开党委会12次，开展主题党日活动10次。',
    '某局机关党委2021年工作总结\n一、主要工作\n全年召开党委会15次。坚持主题党日制度，主题党日、主题党日、主题党日常态开展。',
    '某局2022年党建工作总结\n一、主要工作\n全年召开党委会14次。',
  ];
  const t = trend(texts.map((text, i) => analyzeReport(text, { processor, source: { file: `r${i}.txt` } })), segmenter);

  it('flags the second report of a year, reads no delta and no term change against it', () => {
    expect(t.documents.map((d) => d.samePeriodAsPrevious)).toEqual([false, true, false]);
    const meetings = t.metrics.find((m) => m.object === '党委会')!;
    expect(meetings.points.map((p) => p.value)).toEqual([12, 15, 14]);
    expect(meetings.deltas).toEqual([null, null, -1]);
    for (const term of t.terms) expect(term.changes.map((c) => c.at)).not.toContain(1);
  });
});

describe('a span’s figures make series of their own, never points of a year’s', () => {
  // Two reports that each close a five-year plan (given together to trend, as an archive would be).
  const closing = (year: number, plan: string, average: number, jobs: number, growth: number) =>
    [
      `${year + 1}年政府工作报告`,
      `一、${plan}时期和${year}年工作回顾`,
      `${plan}时期是极不平凡的五年。全省生产总值年均增长${average}%，累计新增城镇就业${jobs}万人。`,
      `刚刚过去的${year}年，全省生产总值增长${growth}%，城镇新增就业${jobs / 5}万人。`,
      `二、${year + 1}年工作安排`,
      '主要预期目标是：地区生产总值增长5%左右。',
    ].join('\n');
  const t = trend([closing(2020, '“十三五”', 7.1, 400, 3.9), closing(2025, '“十四五”', 5.6, 350, 5.5)].map((text, i) => analyzeReport(text, { processor, source: { file: `r${i}.txt` } })), segmenter);
  const find = (indicator: string, period: string) => t.metrics.find((m) => m.indicator === indicator && m.period === period);

  it('sets a five-year average against the last five-year average, and the year against the year', () => {
    expect(find('地区生产总值', 'years-average')!.points.map((p) => [p.year, p.value])).toEqual([[2020, 7.1], [2025, 5.6]]);
    expect(find('地区生产总值', 'year')!.points.map((p) => p.value)).toEqual([3.9, 5.5]);
  });

  it('keeps a five-year total apart from the year’s figure', () => {
    expect(find('城镇新增就业', 'years-total')!.points.map((p) => p.value)).toEqual([400, 350]);
    expect(find('城镇新增就业', 'year')!.points.map((p) => p.value)).toEqual([80, 70]);
  });
});
