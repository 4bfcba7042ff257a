/**
 * Plan items: the numbered tasks of a plan part (annotation guide, section 3).
 *
 * A plan part is a top-level section whose role is `plans`, or the whole document when it is a
 * plan. Its tasks are its innermost headings: `一是…` items, `（一）` sections without items,
 * `1.` tasks under thematic `一、` groups. The plan part's own heading is never a task.
 */
import type { Root, Section } from '../tree/types.js';
import { coversPartOfYear, headText, type Kind } from '../document/kind.js';
import { statedPlanYear } from '../document/year.js';
import { bareTitle, roleOfTitle } from '../headings/roles.js';
import { partAt } from '../headings/parts.js';
import { firstYear } from '../text/numerals.js';
import type { Deadline } from './deadlines.js';

export interface PlanItemNode {
  section: Section;
  /** Titles of the sections above the task, outermost first. */
  path: string[];
  year: number | null;
}

/** A plan item with what the plans plugin adds: time frames and keywords. */
export interface PlanItemFacts extends PlanItemNode {
  deadlines: Deadline[];
  keywords: string[];
}

/**
 * Sections that frame a plan rather than set a task: its guiding thought and principles
 * (`一、指导思想`, `（一）总体要求`). Targets (`工作目标`) and measures (`保障措施`) stay tasks.
 */
const FRAMING = /^(指导思想|总体要求|基本原则|工作原则|指导原则|总体思路|工作思路和原则)$/;

/** @param end subsections from here on belong to the next part named on a line of its own. */
function leaves(section: Section, path: string[], out: Array<{ section: Section; path: string[] }>, end = Infinity): void {
  // A part headed `存在的问题和下一步打算` holds its problems in a subsection of their own.
  if (roleOfTitle(section.title) === 'problems') return;
  const subsections = section.children.filter((c): c is Section => c.type === 'section' && c.position.start.offset! < end);
  if (subsections.length === 0) {
    if (!FRAMING.test(bareTitle(section.title))) out.push({ section, path });
    return;
  }
  for (const s of subsections) leaves(s, [...path, section.title], out, end);
}

/**
 * The year a plan part is for: as stated, else the report's year (plans, and reports on part of
 * a year: half-year, quarterly, monthly) or the next.
 */
function planYear(part: Section | null, text: string, kind: Kind, year: number | null, partOfYear: boolean): number | null {
  const stated = part ? statedPlanYear(part, text) : null;
  if (stated) return stated;
  if (year === null) return null;
  return kind === 'plan' || kind === 'half-year' || partOfYear ? year : year + 1;
}

/** @param metricStarts where the document's figures stand: a group that sets a target is a task. */
export function findPlanItems(tree: Root, text: string, kind: Kind, year: number | null, metricStarts: number[] = []): PlanItemNode[] {
  const items: PlanItemNode[] = [];
  const tops = tree.children.filter((c): c is Section => c.type === 'section');
  const partOfYear = coversPartOfYear(headText(text, tree));
  if (kind === 'plan') {
    const y = planYear(null, text, kind, year, partOfYear);
    const found: Array<{ section: Section; path: string[] }> = [];
    // Where some groups hold numbered tasks (as 001's `一、` groups hold its `1.` tasks), a group with
    // none is a heading, not a task — unless it sets a target of its own (`二、工作目标` with
    // `发展党员不少于5名`).
    const holdsTasks = (s: Section) => s.children.some((c) => c.type === 'section');
    const setsTarget = (s: Section) => metricStarts.some((m) => m >= s.position.start.offset! && m < s.position.end.offset!);
    const grouped = tops.some(holdsTasks);
    for (const s of tops) if (!grouped || holdsTasks(s) || setsTarget(s)) leaves(s, [], found);
    for (const f of found) items.push({ ...f, year: y });
    return items;
  }
  let sequenceYear: number | null = null;
  const parts = tree.parts ?? [];
  for (const part of tops) {
    if (part.role !== 'plans') continue;
    const named = partAt(tree, part.position.start.offset!);
    if (named) {
      // Under a part named on its own line (`2025年工作安排建议`), the numbered sections are the
      // tasks or their groups, and the plan's year is the part's.
      const y = statedPlanYear(part, text) ?? firstYear(named.title) ?? planYear(null, text, kind, year, partOfYear);
      const found: Array<{ section: Section; path: string[] }> = [];
      const next = parts[parts.indexOf(named) + 1];
      leaves(part, [named.title], found, next?.start ?? Infinity);
      for (const f of found) items.push({ ...f, year: y });
      continue;
    }
    if (part.level === 'item') {
      // A report numbered only with items (`2024年工作打算：一是…；二是…`): each is a task, and
      // the year its sequence's lead-in states holds for the items after it.
      const stated = statedPlanYear(part, text);
      if (stated !== null || part.ordinal === 1) sequenceYear = stated;
      items.push({ section: part, path: [], year: sequenceYear ?? planYear(null, text, kind, year, partOfYear) });
      continue;
    }
    const y = planYear(part, text, kind, year, partOfYear);
    const found: Array<{ section: Section; path: string[] }> = [];
    for (const s of part.children) if (s.type === 'section') leaves(s, [part.title], found);
    for (const f of found) items.push({ ...f, year: y });
  }
  return items;
}
