/**
 * indicatorOf: what a figure measures, so that a target finds its realised figure by indicator
 * (annotation guide §6) rather than by shared words. Each figure is read as compare reads it: the
 * metric the analyser finds, its clause (clauseAround), its object.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, createProcessor } from '../../src/analyze.js';
import { clauseAround } from '../../src/compare/periods.js';
import { indicatorOf } from '../../src/compare/indicators.js';
import { createSegmenter } from '../../src/segment/segmenter.js';

const processor = createProcessor({ segmenter: createSegmenter() });
/** What compare's review side passes as `otherMeasure`: the figure measures a share of the indicator. */
const SHARE = /比重|占比|贡献/;

/** The indicator of the `nth` figure written `quantity` in `sentence`, found as compare finds it. */
function indicatorAt(sentence: string, quantity: string, nth = 0, otherMeasure: RegExp | null = SHARE): string | null {
  const report = analyzeReport(`一、主要工作\n${sentence}`, { processor });
  const metrics = report.analysis.metrics.filter((m) => report.text.slice(m.start, m.end) === quantity);
  const m = metrics[nth];
  if (!m) throw new Error(`no figure ${quantity} (#${nth}) in ${sentence}`);
  const clause = clauseAround(report.text, m.start, m.end);
  return indicatorOf(report.text, clause.start, m.start, m.object, otherMeasure ?? undefined);
}

describe('headline indicators by their other names (dictionaries/indicators.utf8)', () => {
  it.each([
    ['全省生产总值增长5.2%。', '5.2%', '地区生产总值'],
    ['经济增长5.2%。', '5.2%', '地区生产总值'],
    ['地区生产总值增长5%左右。', '5%', '地区生产总值'],
    ['全市生产总值达到5200亿元，增长5.2%。', '5.2%', '地区生产总值'],
    ['调查失业率5.3%。', '5.3%', '城镇调查失业率'],
    ['城镇调查失业率5.5%左右。', '5.5%', '城镇调查失业率'],
    ['CPI微降0.1%。', '0.1%', '居民消费价格涨幅'],
    ['居民消费价格上涨0.4%。', '0.4%', '居民消费价格涨幅'],
    ['新增城镇就业11.6万人。', '11.6万人', '城镇新增就业'],
  ])('%s %s → %s', (sentence, quantity, indicator) => {
    expect(indicatorAt(sentence, quantity)).toBe(indicator);
  });

  it('the name nearest before the figure in its clause wins', () => {
    const sentence = '全市生产总值达到5200亿元，固定资产投资增长4.1%。';
    expect(indicatorAt(sentence, '5200亿元')).toBe('地区生产总值');
    expect(indicatorAt(sentence, '4.1%')).toBe('固定资产投资');
  });
});

describe('分别 lists: the k-th figure measures the k-th indicator', () => {
  it('城镇、农村居民人均可支配收入分别增长3.4%、5.2%', () => {
    const sentence = '城镇、农村居民人均可支配收入分别增长3.4%、5.2%。';
    expect(indicatorAt(sentence, '3.4%')).toBe('城镇居民人均可支配收入');
    expect(indicatorAt(sentence, '5.2%')).toBe('农村居民人均可支配收入');
  });

  it('城乡… is 城镇… and 农村…', () => {
    const sentence = '城乡居民人均可支配收入分别增长5%和7%左右。';
    expect(indicatorAt(sentence, '5%')).toBe('城镇居民人均可支配收入');
    expect(indicatorAt(sentence, '7%')).toBe('农村居民人均可支配收入');
  });
});

describe('a name followed by 比重/占比/贡献 is the denominator, not what the figure measures', () => {
  it('制造业增加值占地区生产总值比重达33.5% is not 地区生产总值', () => {
    const sentence = '制造业增加值占地区生产总值比重达33.5%。';
    // The name is there: without the share words it would be taken.
    expect(indicatorAt(sentence, '33.5%', 0, null)).toBe('地区生产总值');
    expect(indicatorAt(sentence, '33.5%')).not.toBe('地区生产总值');
  });

  it('消费对经济增长的贡献率达60% is not 地区生产总值', () => {
    expect(indicatorAt('消费对经济增长的贡献率达60%。', '60%')).not.toBe('地区生产总值');
  });
});

describe('an unlisted indicator is its own words without scope words', () => {
  it('the counted thing, as the analyser reads it (the verb is its action)', () => {
    expect(indicatorAt('全年讲党课不少于6次。', '6次')).toBe('党课');
    expect(indicatorAt('讲党课8次。', '8次')).toBe('党课');
    expect(indicatorAt('全市新建改扩建中小学10所。', '10所')).toBe('中小学');
    expect(indicatorAt('全市养老床位达到2.1万张。', '2.1万张')).toBe('养老床位');
  });

  it('scope words (全市, 全年, 我省) come off the object', () => {
    const text = '全市新建改扩建中小学10所';
    expect(indicatorOf(text, 0, text.indexOf('10'), '全市新建改扩建中小学')).toBe('新建改扩建中小学');
    expect(indicatorOf(text, 0, text.indexOf('10'), '全年讲党课')).toBe('讲党课');
    expect(indicatorOf(text, 0, text.indexOf('10'), '我省全年讲党课')).toBe('讲党课');
  });

  it('no object, or only scope words, gives no indicator', () => {
    expect(indicatorAt('全年增长5%。', '5%')).toBeNull();
    const text = '全市10所';
    expect(indicatorOf(text, 0, 2, '全市')).toBeNull();
  });
});
