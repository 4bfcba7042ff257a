import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

describe('a Markdown report', () => {
  const text = ['# XX局2022年党建工作总结', '', '## 一、主要工作', '', '### （一）加强理论学习', '全年召开党委会12次。', '', '## 二、2023年工作打算', '一是深化理论武装。'].join('\n');
  const doc = analyzeText(text);

  it('reads markers after the heading hashes, starting at the marker', () => {
    expect(doc.sections.map((s) => [s.marker, s.title, s.role])).toEqual([
      ['一、', '主要工作', 'achievements'],
      ['二、', '2023年工作打算', 'plans'],
    ]);
    expect(text.slice(doc.sections[0]!.start, doc.sections[0]!.start + 2)).toBe('一、');
    expect(doc.sections[0]!.children.map((c) => c.title)).toEqual(['加强理论学习']);
  });

  it('keeps the hashes of a title line out of every heading, and finds the facts', () => {
    expect(doc.year).toBe(2022);
    expect(doc.metrics.map((m) => m.quantity)).toEqual(['12次']);
    expect(doc.planItems.map((p) => [p.title, p.year])).toEqual([['深化理论武装', 2023]]);
  });

  it('does not take a hashtag in running text for a heading', () => {
    const plain = analyzeText('#主题党日#活动开展3次。');
    expect(plain.sections).toEqual([]);
  });
});
