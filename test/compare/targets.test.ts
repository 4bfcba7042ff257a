import { describe, expect, it } from 'vitest';
import { compatibleUnits, convert, isMet, lowerIsBetter, polarityOf } from '../../src/compare/targets.js';
import { clauseAround } from '../../src/compare/periods.js';

describe('polarity from the words', () => {
  it.each([
    ['以上', '城镇新增就业1100万人以上', 'floor'],
    ['至少', '全年至少讲6次党课', 'floor'],
    ['不低于', '参学率不低于90%', 'floor'],
    ['以内', '城镇调查失业率全年控制在5.5%以内', 'ceiling'],
    ['不超过', '会议不超过3次', 'ceiling'],
    ['左右', '国内生产总值增长5.5%左右', 'around'],
  ])('%s → %s', (approx, context, expected) => {
    expect(polarityOf(approx, context)).toBe(expected);
  });

  it('a bare target is a floor, unless lower is better for its indicator', () => {
    expect(polarityOf(null, '每月开展12次主题党日')).toBe('floor');
    expect(polarityOf(null, '赤字率拟按3%左右安排')).toBe('ceiling');
    expect(polarityOf(null, '单位国内生产总值能耗降低13.5%')).toBe('ceiling');
  });

  it('控制在 without 以内 still caps', () => {
    expect(polarityOf(null, '失业率控制在5.5%')).toBe('ceiling');
  });

  it('knows indicators where lower is better from the lexicon', () => {
    expect(lowerIsBetter('居民消费价格涨幅3%左右')).toBe(true);
    expect(lowerIsBetter('城镇调查失业率')).toBe(true);
    expect(lowerIsBetter('国内生产总值增长')).toBe(false);
  });
});

describe('met or not', () => {
  const t = (value: number, polarity: 'floor' | 'ceiling' | 'around', lower = false, unit = '%', valueMax: number | null = null) => ({ value, valueMax, polarity, lowerIsBetter: lower, unit });

  it('floor: at or above', () => {
    expect(isMet(t(1100, 'floor', false, '万人'), 1206)).toBe(true);
    expect(isMet(t(6, 'floor', false, '次'), 5)).toBe(false);
    expect(isMet(t(6, 'floor', false, '次'), 6)).toBe(true);
  });

  it('ceiling: at or below, up to the top of a range', () => {
    expect(isMet(t(5.5, 'ceiling', true), 5.5)).toBe(true);
    expect(isMet(t(5.5, 'ceiling', true), 5.6)).toBe(false);
    expect(isMet(t(6, 'ceiling', false, '%', 6.5), 6.4)).toBe(true);
  });

  it('around: GDP 5.5% 左右 is not met by 3%, prices 3% 左右 are met by 2%', () => {
    expect(isMet(t(5.5, 'around'), 3)).toBe(false);
    expect(isMet(t(5.5, 'around'), 5.2)).toBe(true);
    expect(isMet(t(3, 'around', true), 2)).toBe(true);
    expect(isMet(t(3, 'around', true), 4)).toBe(false);
  });
});

describe('units', () => {
  it('converts scales of the same measure', () => {
    expect(convert(1206, '万人', '人')).toBe(12060000);
    expect(convert(12060000, '人', '万人')).toBe(1206);
    expect(convert(2.4, '万亿元', '亿元')).toBeCloseTo(24000);
    expect(convert(3, '次', '次')).toBe(3);
  });

  it('refuses units that measure different things', () => {
    expect(convert(3, '次', '%')).toBeNull();
    expect(compatibleUnits('万人', '人')).toBe(true);
    expect(compatibleUnits('万元', '人')).toBe(false);
    expect(compatibleUnits('%', '个百分点')).toBe(false);
  });
});

describe('clauseAround', () => {
  it('takes the clause between punctuation marks', () => {
    const text = '今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上，';
    const at = text.indexOf('5.5%');
    expect(clauseAround(text, at, at + 4).text).toBe('国内生产总值增长5.5%左右');
  });

  it('takes in the previous clause when only a short predicate precedes the number', () => {
    const text = '国内生产总值达到121万亿元，增长3%，城镇新增就业1206万人。';
    const at = text.indexOf('3%');
    const clause = clauseAround(text, at, at + 2);
    expect(clause.text).toBe('国内生产总值达到121万亿元，增长3%');
    expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });
});
