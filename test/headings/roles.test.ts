/**
 * Roles of top-level sections (annotation guide §1): achievements / problems / plans / other from
 * what a title names; a thematic title takes the role of the document part it belongs to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTree as analyze, createProcessor } from '../../src/analyze.js';
import { bareTitle, leadIn, roleOfTitle } from '../../src/headings/roles.js';
import type { Root, Section } from '../../src/tree/types.js';
import { allSections, corpusFile, readFixture } from '../parse/helpers.js';

/** One processor for the file: building the segmenter is the slow part. */
const processor = createProcessor();
const analyzeTree = (text: string) => analyze(text, { processor });

const tops = (tree: Root) => tree.children.filter((c): c is Section => c.type === 'section');
const rolesOf = (text: string) => tops(analyzeTree(text).tree).map((s) => `${s.title}: ${s.role}`);

describe('roleOfTitle: titles that name their role', () => {
  it.each([
    ['主要工作成效', 'achievements'],
    ['2021年主要工作', 'achievements'],
    ['2021年工作总结', 'achievements'],
    ['上半年工作开展情况', 'achievements'],
    ['存在的主要问题', 'problems'],
    ['存在的不足', 'problems'],
    ['存在问题', 'problems'],
    ['问题和不足', 'problems'],
    ['下一步工作计划', 'plans'],
    ['下一步工作打算', 'plans'],
    ['2022年工作打算', 'plans'],
    ['2023年工作要点', 'plans'],
    ['下一步', 'plans'],
    ['基本情况', 'other'],
    ['经验体会', 'other'],
  ] as const)('%s → %s', (title, role) => {
    expect(roleOfTitle(title)).toBe(role);
  });

  it.each(['深化党的政治建设', '筑牢政治建设“主阵地”，让思想教育“深”起来', '强化责任担当，认真履行全面从严治党主体责任', '坚定不移正风肃纪反腐'])(
    'a thematic title names no role: %s',
    (title) => {
      expect(roleOfTitle(title)).toBeNull();
    },
  );
});

describe('bareTitle and leadIn, which read a title and a lead-in from their end', () => {
  it.each([
    ['总体要求：', '总体要求'],
    ['存在的问题。；', '存在的问题'],
    [' 问题，和不足， ', '问题，和不足'],
    ['：，', ''],
    ['工作打算', '工作打算'],
  ])('bareTitle(%j) is %j', (title, bare) => expect(bareTitle(title)).toBe(bare));

  it.each([
    ['全年完成任务。存在的不足：一是', '存在的不足：'],
    ['上文\n2024年工作打算：一是', '2024年工作打算：'],
    [`${'x'.repeat(50)}：一是`, `${'x'.repeat(39)}：`], // no sentence end in the 40 characters looked at
    ['全年完成任务。存在的不足一是', ''],
    ['一是', ''],
    // A CR alone ends a line too (property test counterexample: `…工作：\r二是` took the line above as its lead-in).
    ['上文\r2024年工作打算：一是', '2024年工作打算：'],
    ['一是工作工作：\r一是', ''],
  ])('leadIn(%j) is %j', (text, lead) => expect(leadIn(text, text.lastIndexOf('一是'))).toBe(lead));

  it('a report reads the same with CR line ends (property test counterexample)', () => {
    const lines = ['二〇一五年工作要点', '', '一是工作工作工作工作：', '二是', '一、存在的问题', ''];
    const lf = analyzeTree(lines.join('\n')).file.data;
    const cr = analyzeTree(lines.join('\r')).file.data;
    expect([cr.kind, cr.planItems?.length]).toEqual([lf.kind, lf.planItems?.length]);
  });
});

describe('roles in whole documents', () => {
  it('summary + plan: achievements, problems, plans', () => {
    expect(rolesOf(readFixture('summary-plan.txt'))).toEqual(['主要工作成效: achievements', '存在的主要问题: problems', '下一步工作计划: plans']);
  });

  it('基本情况 is other; 2021年主要工作 achievements; 存在的问题 problems', () => {
    expect(rolesOf(readFixture('summary-only.txt'))).toEqual(['基本情况: other', '2021年主要工作: achievements', '存在的问题: problems']);
  });

  it('plan document: every thematic top-level section is plans', () => {
    expect(rolesOf(readFixture('plan-document.txt'))).toEqual(['加强党的政治建设: plans', '推进理论武装: plans', '建强基层党组织: plans']);
  });

  it('half-year report: thematic sections are achievements, the closing 下一步 part is plans', () => {
    expect(rolesOf(readFixture('half-year.txt'))).toEqual(['压实管党治党责任: achievements', '加强支部建设: achievements', '下一步: plans']);
  });

  it('002: thematic review titles take achievements; 存在的不足 problems; 下一步工作打算 plans', () => {
    const roles = tops(analyzeTree(readFileSync(corpusFile('002'), 'utf8')).tree).map((s) => s.role);
    expect(roles).toEqual(['achievements', 'achievements', 'achievements', 'achievements', 'problems', 'plans']);
  });

  it('001 (a plan-only document): every top-level section is plans', () => {
    const roles = tops(analyzeTree(readFileSync(corpusFile('001'), 'utf8')).tree).map((s) => s.role);
    expect(roles).toHaveLength(7);
    expect(new Set(roles)).toEqual(new Set(['plans']));
  });

  it('a thematic section after the plan part continues it', () => {
    expect(rolesOf('现将2021年工作总结如下：\n一、主要工作成效\n组织学习12次。\n二、2022年工作打算\n一是深化学习。\n三、加强组织领导\n压实责任。')).toEqual([
      '主要工作成效: achievements',
      '2022年工作打算: plans',
      '加强组织领导: plans',
    ]);
  });

  it('only top-level sections carry a role', () => {
    const { tree } = analyzeTree(readFixture('summary-plan.txt'));
    const nested = allSections(tree).filter((s) => !tops(tree).includes(s));
    expect(nested.length).toBeGreaterThan(0);
    for (const s of nested) expect(s.role, `${s.marker}${s.title}`).toBeUndefined();
  });
});

describe('a report numbered only with top-level 一是 items (fixtures/reports/items-only.txt)', () => {
  it('takes each sequence’s role from its lead-in (`存在的不足：一是…`), achievements where none is named', () => {
    expect(rolesOf(readFixture('items-only.txt'))).toEqual([
      '抓好分管业务，牵头完成重点项目5个: achievements',
      '狠抓安全生产，带队开展安全检查24次: achievements',
      '理论学习还不够深入系统: problems',
      '创新意识还不够强: problems',
      '加强理论学习，全年讲党课不少于2次: plans',
      '改进工作作风，深入基层调研不少于60天: plans',
    ]);
  });
});

describe('a thematic title about a later year', () => {
  it('plans: `二、2024年重点工作` in a 2023 summary, and the thematic part after it; the year’s own work is achievements', () => {
    const text = '某区2023年工作总结\n一、2023年重点工作\n召开会议3次。\n二、2024年重点工作\n（一）抓学习。\n三、加强自身建设\n（一）抓纪律。';
    expect(rolesOf(text)).toEqual(['2023年重点工作: achievements', '2024年重点工作: plans', '加强自身建设: plans']);
    expect(analyzeTree(text).file.data.kind).toBe('summary+plan');
  });
});
