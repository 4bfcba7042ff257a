import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import reportParse from '../../src/parse/plugin.js';
import metrics from '../../src/metrics/plugin.js';
import { createSegmenter } from '../../src/segment/segmenter.js';
import type { Root } from '../../src/tree/types.js';
import { fixture } from './helpers.js';

function run(text: string, options = {}) {
  const processor = unified().use(reportParse).use(metrics, options);
  const file = new VFile({ value: text, path: 'report.txt' });
  processor.runSync(processor.parse(file) as Root, file);
  return file;
}

describe('metrics plugin', () => {
  const text = fixture('report.txt');

  it('stores the metrics of every sentence on file.data.metrics, in text order', () => {
    const file = run(text);
    const list = file.data.metrics!;
    expect(list.map((m) => m.quantity)).toEqual(['xx次', 'xxx人次', '3次', 'X人', 'X轮次', '100%']);
    for (const m of list) {
      expect(text.slice(m.start, m.end)).toBe(m.quantity);
      expect(m.sentence.start).toBeLessThanOrEqual(m.start);
      expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
    }
  });

  it('adds the path of section titles', () => {
    const list = run(text).data.metrics!;
    expect(list.find((m) => m.quantity === '3次')!.section).toEqual(['2021年主要工作', '强化政治建设，把牢发展方向', '强化政治理论学习']);
    expect(list.find((m) => m.quantity === '100%')!.section).toEqual(['2021年主要工作', '严肃党内政治生活']);
  });

  it('reports each masked number as an info message with its place', () => {
    const file = run(text);
    const messages = file.messages.filter((m) => m.ruleId === 'masked-number');
    expect(messages.map((m) => m.reason)).toEqual([
      'Unfilled template value “xx次”',
      'Unfilled template value “xxx人次”',
      'Unfilled template value “X人”',
      'Unfilled template value “X轮次”',
    ]);
    const first = messages[0]!;
    expect(first.fatal).toBeUndefined(); // info, not a warning
    expect(first.source).toBe('baogao');
    const start = text.indexOf('xx次');
    expect(first.place).toMatchObject({ start: { offset: start, line: 2 }, end: { offset: start + 3, line: 2 } });
  });

  it('takes a segmenter and extra unit files', () => {
    const file = run('召开会议3次。', { segmenter: createSegmenter() });
    expect(file.data.metrics!.map((m) => [m.action, m.object])).toEqual([['召开', '会议']]);
  });

  it('gives an empty list for a text without metrics', () => {
    expect(run('坚持以习近平新时代中国特色社会主义思想为指导。').data.metrics).toEqual([]);
  });
});
