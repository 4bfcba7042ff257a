/**
 * Plan items (annotation guide §3): the numbered tasks of a plan part or plan document — its
 * innermost headings — with the year the plan is for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../../src/analyze.js';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { corpusFile, readFixture } from '../parse/helpers.js';

/** One segmenter for the file: loading jieba's dictionaries is the slow part. */
const segmenter = createSegmenter();
const analyzeText = (text: string) => analyze(text, { segmenter });

/** `marker title (year)` per plan item: the list a reader would write down. */
const tasks = (text: string) => analyzeText(text).planItems.map((p) => `${p.marker}${p.title} (${p.year})`);

describe('which headings are plan items', () => {
  it('一是 items of a closing 下一步 part (half-year report)', () => {
    expect(tasks(readFixture('half-year.txt'))).toEqual(['一是进一步压实责任 (2023)', '二是进一步强化学习 (2023)', '三是进一步转变作风 (2023)']);
  });

  it('（一） sections of a numbered 下一步工作计划 part; never the 一是 items of the problems part', () => {
    expect(tasks(readFixture('summary-plan.txt'))).toEqual(['（一）持续深化理论武装 (2022)', '（二）着力提升支部组织力 (2022)', '（三）驰而不息正风肃纪 (2022)']);
  });

  it('1. tasks under thematic 一、 groups in a plan document, never the groups themselves', () => {
    const doc = analyzeText(readFixture('plan-document.txt'));
    expect(doc.planItems.map((p) => [p.marker, p.title, p.section])).toEqual([
      ['1.', '深化政治机关建设', ['加强党的政治建设']],
      ['2.', '严格执行请示报告制度', ['加强党的政治建设']],
      ['3.', '学习宣传贯彻党的二十大精神', ['推进理论武装']],
      ['4.', '抓好青年理论学习', ['推进理论武装']],
      ['5.', '推进公立医院党建工作', ['建强基层党组织']],
      ['6.', '加强党员教育管理', ['建强基层党组织']],
    ]);
    expect(new Set(doc.planItems.map((p) => p.year))).toEqual(new Set([2023]));
  });

  it('the innermost headings: 一是 items inside a （一） are the tasks, the （一） is not', () => {
    const text = [
      '现将2021年党建工作总结如下：',
      '一、主要工作',
      '（一）抓学习。全年组织集中学习12次。',
      '二、2022年工作打算',
      '（一）深化理论武装。一是落实“第一议题”制度。二是办好青年理论学习小组。',
      '（二）建强基层组织。推进支部标准化规范化建设。',
    ].join('\n');
    expect(tasks(text)).toEqual(['一是落实“第一议题”制度 (2022)', '二是办好青年理论学习小组 (2022)', '（二）建强基层组织 (2022)']);
  });

  it('a plan part without numbered tasks gives no items: its own heading is never one', () => {
    const text = '现将2021年党建工作总结如下：\n一、主要工作\n（一）抓学习。全年组织集中学习12次。\n二、2022年工作打算\n2022年，我们将继续加强党的建设，推动全面从严治党向纵深发展。';
    expect(tasks(text)).toEqual([]);
  });

  it('a summary without a plan part has none', () => {
    expect(tasks(readFixture('summary-only.txt'))).toEqual([]);
    expect(tasks(readFixture('no-year.txt'))).toEqual([]);
  });

  it('a 下一步将… sentence inside a review section makes no plan item', () => {
    const items = analyzeText(readFixture('half-year.txt')).planItems;
    expect(items.every((p) => p.section[0] === '下一步')).toBe(true);
  });
});

describe('plan item positions and titles', () => {
  it.each(['half-year.txt', 'summary-plan.txt', 'plan-document.txt', 'year-from-plan-part.txt'])('%s: start is the marker, title as the heading’s', (name) => {
    const text = readFixture(name);
    const items = analyzeText(text).planItems;
    expect(items.length).toBeGreaterThan(0);
    for (const p of items) {
      expect(text.slice(p.start, p.start + p.marker.length)).toBe(p.marker);
      expect(text.slice(p.start + p.marker.length).trimStart().startsWith(p.title)).toBe(true);
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.title).not.toMatch(/[。；：]$/);
    }
  });
});

describe('framing sections are not tasks', () => {
  it('一、指导思想 and （一）总体要求 set no task; 工作目标 and the 保障措施 items do', () => {
    const text = [
      '某局2024年党建工作要点',
      '一、指导思想',
      '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
      '二、工作目标',
      '全年发展党员不少于5名，党组织书记抓党建述职评议全覆盖。',
      '三、重点任务',
      '（一）总体要求。坚持稳中求进。',
      '（二）加强理论武装。全年集中学习不少于12次。',
      '四、保障措施',
      '一是加强组织领导；二是强化督促检查。',
    ].join('\n');
    expect(tasks(text)).toEqual(['二、工作目标 (2024)', '（二）加强理论武装 (2024)', '一是加强组织领导 (2024)', '二是强化督促检查 (2024)']);
  });
});

describe('the year a plan is for', () => {
  it('as stated in the plan part’s title: 二、2022年工作打算', () => {
    const text = '现将2020年党建工作总结如下：\n一、主要工作\n组织学习12次。\n二、2022年工作打算\n一是深化理论武装。';
    expect(tasks(text)).toEqual(['一是深化理论武装 (2022)']);
  });

  it('as stated at the opening of the plan part: 2023年，我们将…', () => {
    expect(tasks(readFixture('year-from-plan-part.txt'))).toEqual(['（一）深化理论武装 (2023)', '（二）建强基层组织 (2023)']);
  });

  it('unstated in a full-year summary: the year after the report’s year', () => {
    const text = '现将2021年党建工作总结如下：\n一、主要工作\n组织学习12次。\n下一步，我们将继续加强党的建设。\n一是深化理论武装。\n二是建强基层组织。';
    expect(tasks(text)).toEqual(['一是深化理论武装 (2022)', '二是建强基层组织 (2022)']);
  });

  it('unstated in a half-year report: the same year (the rest of it)', () => {
    const text = '街道党工委2022年上半年党建工作总结\n\n一、主要工作\n（一）抓学习。上半年组织集中学习6次。\n二、下半年工作打算\n（一）深化理论学习。\n（二）加强阵地建设。';
    expect(tasks(text)).toEqual(['（一）深化理论学习 (2022)', '（二）加强阵地建设 (2022)']);
  });

  it('unstated in a quarterly or monthly report: the same year, but a fourth quarter plans the next', () => {
    const report = (period: string) => `2024年${period}工作总结\n一、工作情况\n召开会议3次。\n二、下一步工作计划\n（一）深化理论学习。`;
    expect(tasks(report('第一季度'))).toEqual(['（一）深化理论学习 (2024)']);
    expect(tasks(report('前三季度'))).toEqual(['（一）深化理论学习 (2024)']);
    expect(tasks(report('3月份'))).toEqual(['（一）深化理论学习 (2024)']);
    expect(tasks(report('第四季度'))).toEqual(['（一）深化理论学习 (2025)']);
    expect(tasks(report('12月份'))).toEqual(['（一）深化理论学习 (2025)']);
  });

  it('stated in Chinese digits: 三、二〇二四年工作打算', () => {
    const text = '二〇二三年党建工作总结\n一、主要工作\n组织学习12次。\n二、存在问题\n学习不够深入。\n三、二〇二四年工作打算\n（一）深化理论学习。';
    expect(tasks(text)).toEqual(['（一）深化理论学习 (2024)']);
  });

  it('in a plan document: the document’s own year', () => {
    const text = '2022年是党的二十大召开之年。\n一、加强政治建设\n1. 深化政治机关建设。\n2. 加强思想政治工作。';
    expect(tasks(text)).toEqual(['1.深化政治机关建设 (2022)', '2.加强思想政治工作 (2022)']);
  });

  it('no year anywhere: null', () => {
    const text = '一、主要工作\n组织学习12次。\n二、下一步工作计划\n一是深化理论武装。';
    expect(tasks(text)).toEqual(['一是深化理论武装 (null)']);
  });
});

describe('the corpus (guide §3)', () => {
  const items = (prefix: string) => analyzeText(readFileSync(corpusFile(prefix), 'utf8')).planItems;

  it('000: the five 一是 items of 二、2022年工作打算, for 2022', () => {
    expect(items('000').map((p) => `${p.marker}${p.title} (${p.year})`)).toEqual([
      '一是深化政治机关建设 (2022)',
      '二是巩固深化党史学习教育成效 (2022)',
      '三是推进基层党组织建设 (2022)',
      '四是持续加强作风建设 (2022)',
      '五是全面落实党建工作责任 (2022)',
    ]);
  });

  it('001: the eighteen numbered tasks, for 2022', () => {
    const found = items('001');
    expect(found.map((p) => p.marker)).toEqual(Array.from({ length: 18 }, (_, i) => `${i + 1}.`));
    expect(found[3]!.title).toBe('抓好宣传引导工作');
    expect(new Set(found.map((p) => p.year))).toEqual(new Set([2022]));
  });

  it('002: the four （一）–（四） of 六、下一步工作打算, for 2022; none from 五、存在的不足', () => {
    const found = items('002');
    expect(found.map((p) => `${p.marker}${p.title} (${p.year})`)).toEqual([
      '（一）抓好政治理论学习，筑牢思想之基 (2022)',
      '（二）抓好党内政治生活，强化支部建设 (2022)',
      '（三）抓好党员管理，改进工作作风 (2022)',
      '（四）夯实群团工作，激发群团活力 (2022)',
    ]);
  });

  it('003: the three 一是 items of the closing 下一步 part, for 2022 (half-year)', () => {
    expect(items('003').map((p) => `${p.marker}${p.title} (${p.year})`)).toEqual([
      '一是进一步强化责任落实 (2022)',
      '二是强化工作创新，努力打造创新型党组织 (2022)',
      '三是强化服务功能，着力构建服务型党组织 (2022)',
    ]);
  });

  it('004: the five （一）–（五） of 三、下一步工作计划, for 2023; none from 二、存在的主要问题', () => {
    const found = items('004');
    expect(found.map((p) => p.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    expect(found[0]!.title).toBe('深化理论武装，夯实党建根基');
    expect(new Set(found.map((p) => p.year))).toEqual(new Set([2023]));
  });
});

describe('a report numbered only with top-level items (fixtures/reports/items-only.txt)', () => {
  it('the items after a plan lead-in are the tasks, for the year the lead-in states', () => {
    expect(tasks(readFixture('items-only.txt'))).toEqual(['一是加强理论学习，全年讲党课不少于2次 (2024)', '二是改进工作作风，深入基层调研不少于60天 (2024)']);
    expect(analyzeText(readFixture('items-only.txt')).kind).toBe('summary+plan');
  });
});

describe('a plan whose groups hold numbered tasks', () => {
  // Written for the rule (issue 11, §3): where some groups hold tasks, a group with none is a heading.
  const text = [
    '某校2031年党建工作计划',
    '新的一年，我校党支部将以党建引领学校发展，去年我们已经打下了良好基础。',
    '一、把牢办学方向',
    '坚持把政治建设摆在首位，落实党组织领导的校长负责制。',
    '二、守住三条工作底线',
    '（一）做好理论学习工作。组织党员集中学习12次。',
    '（二）高质量完成上级布置的各项临时任务。',
  ].join('\n');

  it('is a plan by its title, though its preamble looks back', () => {
    expect(analyzeText(text).kind).toBe('plan');
  });

  it('takes the tasks under the groups, not a group without tasks', () => {
    expect(tasks(text)).toEqual(['（一）做好理论学习工作 (2031)', '（二）高质量完成上级布置的各项临时任务 (2031)']);
  });

  it('still takes every group of a plan whose groups hold no tasks', () => {
    expect(tasks('某局2031年工作要点\n一、加强理论武装。全年集中学习12次。\n二、夯实基层基础。')).toEqual(['一、加强理论武装 (2031)', '二、夯实基层基础 (2031)']);
  });
});
