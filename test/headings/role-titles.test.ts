import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { roleOfTitle } from '../../src/headings/roles.js';

describe('role keywords inside thematic titles', () => {
  it('a plan document whose thematic heading mentions 成效 stays a plan', () => {
    const text = [
      '区委党校党委党建工作要点',
      '',
      '2023年是全面贯彻党的二十大精神的开局之年。',
      '一、加强政治建设',
      '1. 深化政治机关建设。落实“第一议题”制度。',
      '二、巩固拓展主题教育成效',
      '2. 建立长效机制。推动学习教育常态化。',
      '三、建强基层组织',
      '3. 推进支部标准化建设。',
    ].join('\n');
    const doc = analyzeText(text);
    expect({ kind: doc.kind, year: doc.year, roles: doc.sections.map((s) => s.role), items: doc.planItems.map((p) => p.marker) }).toEqual({
      kind: 'plan',
      year: 2023,
      roles: ['plans', 'plans', 'plans'],
      items: ['1.', '2.', '3.'],
    });
  });

  it('a thematic review heading that names a programme (…计划) is not a plan part', () => {
    const text = [
      '现将2021年党建工作总结如下：',
      '一、实施“红色领航”计划，提升支部组织力',
      '（一）选优配强支部书记。全年调整支部书记3名。',
      '二、存在的问题',
      '一是学习不深。',
      '三、2022年工作打算',
      '一是加强学习。',
    ].join('\n');
    const doc = analyzeText(text);
    expect({ roles: doc.sections.map((s) => s.role), items: doc.planItems.map((p) => p.title) }).toEqual({
      roles: ['achievements', 'problems', 'plans'],
      items: ['加强学习'],
    });
  });
  it.each([
    ['巩固拓展主题教育成效', null],
    ['实施“红色领航”计划，提升支部组织力', null],
    ['着力解决群众急难愁盼问题', null],
    ['2021年工作回顾', 'achievements'],
    ['过去一年和五年工作回顾', 'achievements'],
    ['2022年经济社会发展总体要求和政策取向', 'plans'],
    ['对2022年政府工作的建议', 'plans'],
    ['存在问题及原因分析', 'problems'],
  ] as const)('%s → %s', (title, role) => {
    expect(roleOfTitle(title)).toBe(role);
  });
});

describe('a part that names both problems and plans', () => {
  const text = [
    '现将2021年党建工作总结如下：',
    '一、主要工作',
    '（一）加强学习。全年召开党委会12次。',
    '二、存在的问题和下一步打算',
    '（一）存在的问题',
    '一是学习不够深入。二是创新不足。',
    '（二）下一步打算',
    '一是深化理论武装。二是建强基层组织。',
  ].join('\n');
  const doc = analyzeText(text);

  it('is the plan part', () => {
    expect(roleOfTitle('存在的问题和下一步打算')).toBe('plans');
    expect(roleOfTitle('存在的问题及整改措施')).toBe('problems');
    expect(doc.sections.map((s) => s.role)).toEqual(['achievements', 'plans']);
    expect(doc.kind).toBe('summary+plan');
  });

  it('its plan items leave out the problems', () => {
    expect(doc.planItems.map((p) => [p.title, p.year])).toEqual([
      ['深化理论武装', 2022],
      ['建强基层组织', 2022],
    ]);
  });
});
