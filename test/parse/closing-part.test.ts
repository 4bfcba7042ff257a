import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { outline, parse } from './helpers.js';

/** A `下一步将…` sentence inside the review, then the real closing part. */
const REVIEW_THEN_PLAN = [
  '一、主要工作',
  '（一）抓学习。全年组织集中学习12次。',
  '（二）抓服务。开展志愿服务8次。',
  '下一步将继续拓展服务内容，推动志愿服务常态化。',
  '（三）抓作风。开展廉政谈话6次。',
  '下一步，我们将持续加强党的建设。',
  '一是深化理论武装。',
  '二是建强基层组织。',
];

describe('the unnumbered closing plan part', () => {
  it('a 下一步将… line in the middle of the last section is not the closing plan part', () => {
    const text = REVIEW_THEN_PLAN.join('\n');
    expect(outline(parse(text).tree)).toEqual([
      '一、|主要工作',
      '  （一）|抓学习',
      '  （二）|抓服务',
      '  （三）|抓作风',
      '下一步|下一步',
      '  一是|深化理论武装',
      '  二是|建强基层组织',
    ]);
  });

  it('plan items of that text', () => {
    const text = ['现将2021年党建工作总结如下：', ...REVIEW_THEN_PLAN].join('\n');
    expect(analyzeText(text).planItems.map((p) => [p.marker + p.title, p.section])).toEqual([['一是深化理论武装', ['下一步']], ['二是建强基层组织', ['下一步']]]);
  });

  it('a period cue with a subject and a future modal opens it (2023年，我们将…)', () => {
    const text = ['一、主要工作', '（一）抓学习。全年组织集中学习12次。', '2023年，我们将持续加强党的建设。', '一是深化理论武装。', '二是建强基层组织。'].join('\n');
    const doc = analyzeText(text);
    expect(doc.sections.map((s) => [s.marker, s.title, s.role])).toEqual([
      ['一、', '主要工作', 'achievements'],
      ['2023年', '2023年', 'plans'],
    ]);
    expect(doc.planItems.map((p) => [p.title, p.year])).toEqual([
      ['深化理论武装', 2023],
      ['建强基层组织', 2023],
    ]);
  });

  it('a period that only reports (下半年，局党委组织…) is not a cue', () => {
    const text = ['一、主要工作', '（一）抓学习。', '下半年，局党委组织集中学习5次。'].join('\n');
    expect(outline(parse(text).tree)).toEqual(['一、|主要工作', '  （一）|抓学习']);
  });
});
