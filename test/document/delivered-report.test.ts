/**
 * A report delivered to a congress (政府工作报告, `各位代表`) is dated by the year it is delivered in and
 * reviews the year before; parts named on unnumbered lines (`2030年工作回顾`, `2031年工作安排建议`,
 * `加强政府自身建设`, `名词解释`) carry roles, and the numbered sections inside them take those roles.
 * The fixture is written for these rules (a made-up city, years 2030–2031), not taken from any report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

const text = readFileSync('test/fixtures/reports/gov-unnumbered-parts.txt', 'utf8');
const doc = analyzeText(text);

describe('a government work report with parts named on unnumbered lines', () => {
  it('reviews the year before the one it is delivered in, and also plans', () => {
    expect(doc.year).toBe(2030);
    expect(doc.kind).toBe('summary+plan');
  });

  it('lists its named parts with roles, each running to the next, and keeps them out of the headings', () => {
    expect(doc.parts.map((p) => [p.title, p.role])).toEqual([
      ['2030年工作回顾', 'achievements'],
      ['2031年工作安排建议', 'plans'],
      ['加强政府自身建设', 'plans'],
      ['名词解释', 'other'],
    ]);
    for (const p of doc.parts) expect(text.slice(p.titleStart, p.titleEnd)).toBe(p.title);
    expect(doc.parts[0]!.end).toBe(doc.parts[1]!.start);
    expect(doc.sections.map((s) => s.title)).not.toContain('2030年工作回顾');
  });

  it('gives the numbered sections the role of the part they stand in', () => {
    const roles = doc.sections.map((s) => [s.title, s.role]);
    expect(roles).toContainEqual(['扎实推动经济稳定增长', 'achievements']);
    expect(roles).toContainEqual(['全力扩大有效需求', 'plans']);
    expect(roles).toContainEqual(['坚持依法行政', 'plans']);
  });

  it('takes the plan part’s sections as tasks for the year it names, and its targets', () => {
    expect(doc.planItems.map((p) => [p.title, p.year])).toEqual([
      ['全力扩大有效需求', 2031],
      ['加快建设现代化产业体系', 2031],
      ['坚持依法行政', 2031],
    ]);
  });

  it('does not take a signature line or the title for a part, nor name parts in an ordinary report', () => {
    expect(doc.parts.map((p) => p.title)).not.toContain('市长 某某');
    const ordinary = analyzeText('某局2030年党建工作总结\n一、主要工作\n全年召开党委会12次，开展主题党日活动24次，组织党员集中学习36次。\n加强理论武装\n局党委坚持以党的创新理论武装头脑，深入开展学习研讨，不断提高政治判断力。\n');
    expect(ordinary.parts).toEqual([]);
  });

  it('dates a report by its head, not by a year opening its review', () => {
    const national = analyzeText('政府工作报告\n一、过去一年工作回顾\n2030年是极不平凡的一年。全年国内生产总值增长5%。\n二、2031年工作总体部署\n今年发展主要预期目标是：国内生产总值增长5%左右。\n');
    expect(national.year).toBe(2030);
  });
});
