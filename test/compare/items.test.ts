import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { matchTasks } from '../../src/compare/items.js';
import type { PlanTask, TextUnit } from '../../src/compare/units.js';

const segmenter = createSegmenter();

const task = (title: string, body = ''): PlanTask => {
  const text = `一是${title}。${body}`;
  return { title, text, item: { marker: '一是', level: 'item', start: 0, end: text.length, title, year: 2022, body: { start: 0, end: 0 }, section: [] } };
};

/** A review as sentences with offsets into one joined text. */
function review(...sentences: string[]): TextUnit[] {
  let at = 0;
  return sentences.map((text) => {
    const unit = { start: at, end: at + text.length, text, section: [] };
    at += text.length;
    return unit;
  });
}

const REVIEW = review(
  '全面加强基层党组织建设，推进党支部标准化规范化建设，全年完成12个党支部换届。',
  '深入开展作风建设专项整治，持续纠治“四风”，严格落实中央八项规定精神。',
  '组织开展党史学习教育专题读书班2期。',
  '为村办事大厅安装网络和视频监控设备。',
  '召开警示教育大会3次。',
);

describe('plan items against a review', () => {
  it('done: the review reports the same work, with the sentence as evidence', () => {
    const [result] = matchTasks([task('推进基层党组织建设', '着力提高党支部标准化规范化建设水平。')], REVIEW, segmenter);
    expect(result!.status).toBe('done');
    expect(result!.evidence[0]!.text).toContain('基层党组织建设');
    expect(result!.evidence[0]!.terms).toContain('基层党组织');
  });

  it('not-found: nothing in the review is about the task, and no evidence is given', () => {
    const [result] = matchTasks([task('做好北京冬奥会和冬残奥会服务保障工作', '保障赛事期间交通顺畅。')], REVIEW, segmenter);
    expect(result!.status).toBe('not-found');
    expect(result!.evidence).toEqual([]);
  });

  it('partial: related but weaker text', () => {
    const [result] = matchTasks(
      [task('加强作风建设', '开展警示教育，召开专题会议，推动全面从严治党向纵深发展，加强干部队伍建设，做好信访工作。')],
      REVIEW,
      segmenter,
      { done: 0.99, partial: 0.1 },
    );
    expect(result!.status).toBe('partial');
    expect(result!.evidence.length).toBeGreaterThan(0);
  });

  it('evidence offsets point into the review and scores are deterministic', () => {
    const a = matchTasks([task('推进基层党组织建设')], REVIEW, segmenter);
    const b = matchTasks([task('推进基层党组织建设')], REVIEW, segmenter);
    expect(a).toEqual(b);
    const e = a[0]!.evidence[0]!;
    expect(REVIEW.some((u) => u.start === e.start && u.end === e.end && u.text === e.text)).toBe(true);
  });

  it('a single shared common word is not enough for done', () => {
    const [result] = matchTasks([task('加强网络建设', '建设网络平台。')], REVIEW, segmenter);
    expect(result!.status).not.toBe('done');
  });
});
