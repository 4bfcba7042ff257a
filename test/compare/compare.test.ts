import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, createProcessor } from '../../src/analyze.js';
import { compare } from '../../src/compare/compare.js';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { Comparison } from '../../src/output/schema.js';

const segmenter = createSegmenter();
const processor = createProcessor({ segmenter });
const load = (name: string) => {
  const file = `test/fixtures/compare/${name}`;
  return analyzeReport(readFileSync(file, 'utf8'), { processor, source: { file } });
};

describe('a 政府工作报告 plan against the next year’s review', () => {
  const plan = load('gov-2022.txt');
  const report = load('gov-2023.txt');
  const result = compare(plan, report, segmenter);
  const target = (quantity: string) => result.targets.find((t) => t.quantity === quantity)!;

  it('validates against the Comparison schema', () => {
    expect(() => Comparison.parse(result)).not.toThrow();
  });

  it('names the plan year and the report year', () => {
    expect(result.plan.year).toBe(2022);
    expect(result.report.year).toBe(2022);
  });

  it('GDP 5.5% 左右 against 3%: not met', () => {
    const gdp = target('5.5%');
    expect(gdp.polarity).toBe('around');
    expect(gdp.actual?.value).toBe(3);
    expect(gdp.met).toBe(false);
  });

  it('jobs 1100万人以上 against 1206万人: met (floor)', () => {
    const jobs = target('1100万人');
    expect(jobs.polarity).toBe('floor');
    expect(jobs.actual?.value).toBe(1206);
    expect(jobs.met).toBe(true);
  });

  it('unemployment 控制在5.5%以内 against 5.5%: met (ceiling)', () => {
    const unemployment = result.targets.find((t) => t.text.includes('失业率'))!;
    expect(unemployment.polarity).toBe('ceiling');
    expect(unemployment.actual?.text).toContain('失业率');
    expect(unemployment.met).toBe(true);
  });

  it('prices 3% 左右 against 2%: met, lower being better', () => {
    const prices = result.targets.find((t) => t.text.includes('居民消费价格'))!;
    expect(prices.lowerIsBetter).toBe(true);
    expect(prices.actual?.value).toBe(2);
    expect(prices.met).toBe(true);
  });

  it('offsets of targets point into the plan, of actual figures into the report', () => {
    for (const t of result.targets) {
      expect(plan.text.slice(t.start, t.end)).toBe(t.quantity);
      if (t.actual) expect(report.text.slice(t.actual.start, t.actual.end)).toBe(t.actual.quantity);
    }
  });

  it('evidence quotes the report exactly', () => {
    for (const item of result.items) for (const e of item.evidence) expect(report.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('the next year’s targets (in the report’s own plan part) are not taken as actual figures', () => {
    const planPart = report.document.sections.find((s) => s.role === 'plans')!;
    for (const t of result.targets) if (t.actual) expect(t.actual.start < planPart.start || t.actual.start >= planPart.end).toBe(true);
  });
});

describe('statuses and the completion rate', () => {
  it('a report that repeats the plan’s work marks it done; unrelated items are not-found', () => {
    const plan = analyzeReport(
      ['二、2023年工作打算', '一是推进党支部标准化规范化建设。开展“四强”党支部创建。', '二是做好离退休干部服务保障工作。组织老干部参观学习。'].join('\n'),
      { processor },
    );
    const report = analyzeReport(['一、主要工作', '（一）推进党支部标准化规范化建设，开展“四强”党支部创建，6个支部达标。'].join('\n'), { processor });
    const result = compare(plan, report, segmenter);
    expect(result.items.map((i) => i.status)).toEqual(['done', 'not-found']);
    expect(result.completionRate).toBe(0.5);
    expect(result.counts).toEqual({ done: 1, partial: 0, notFound: 1 });
  });

  it('a plan without items has a null completion rate', () => {
    const plan = analyzeReport('一、主要工作\n召开党委会3次。', { processor });
    const result = compare(plan, plan, segmenter);
    expect(result.items).toEqual([]);
    expect(result.completionRate).toBeNull();
  });
});
