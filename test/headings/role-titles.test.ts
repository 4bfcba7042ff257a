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
