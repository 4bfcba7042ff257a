import { describe, expect, it } from 'vitest';
import { lines, metricsOf } from './helpers.js';

describe('extraction and exclusions (fixtures/metrics/extraction.txt)', () => {
  for (const line of lines('extraction.txt')) {
    if (line.startsWith('##')) continue;
    const [sentence, expected = ''] = line.split('=>').map((s) => s.trim());
    it(sentence!, () => {
      const { metrics } = metricsOf(sentence!);
      expect(metrics.map((m) => m.quantity)).toEqual(expected ? expected.split(/\s+/) : []);
    });
  }
});

describe('metric fields', () => {
  it('gives absolute offsets of the quantity and of the sentence', () => {
    const prefix = '前面的文字。\n';
    const { text, metrics } = metricsOf('年初至今召开党委会3次，组织全体党员集中学习7次。', prefix);
    expect(metrics).toHaveLength(2);
    for (const m of metrics) {
      expect(text.slice(m.start, m.end)).toBe(m.quantity);
      expect(m.sentence).toEqual({ start: prefix.length, end: text.length });
    }
    expect(metrics[0]).toMatchObject({ quantity: '3次', value: 3, valueMax: null, unit: '次', approx: null, masked: false });
  });

  it('reports qualifiers wherever they stand', () => {
    const q = (s: string) => metricsOf(s).metrics.map((m) => [m.quantity, m.approx]);
    expect(q('采购农副产品xx余万元。')).toEqual([['xx余万元', '余']]);
    expect(q('捐赠价值XX万余元。')).toEqual([['XX万余元', '余']]);
    expect(q('制定措施30多项。')).toEqual([['30多项', '多']]);
    expect(q('参加率均达到85%以上。')).toEqual([['85%', '以上']]);
    expect(q('涨幅控制在3%左右。')).toEqual([['3%', '左右']]);
    expect(q('全年至少讲6次党课。')).toEqual([['6次', '至少']]);
    expect(q('投入资金近2000万元。')).toEqual([['2000万元', '近']]);
    expect(q('减税降费超过2.5万亿元。')).toEqual([['2.5万亿元', '超过']]);
    expect(q('新增赤字控制在5%以内。')).toEqual([['5%', '以内']]);
  });

  it('does not read a qualifier out of a longer word', () => {
    expect(metricsOf('最近3次会议都按时召开。').metrics.map((m) => m.approx)).toEqual([null]);
  });

  it('marks masked numbers', () => {
    const [m] = metricsOf('共召开工作会议xx次。').metrics;
    expect(m).toMatchObject({ quantity: 'xx次', value: null, masked: true, unit: '次' });
  });

  it('gives ranges a value and a valueMax', () => {
    const [m] = metricsOf('开展三至五次督导检查。').metrics;
    expect(m).toMatchObject({ value: 3, valueMax: 5, unit: '次' });
  });
});
