/**
 * The pieces a comparison works on: the tasks of a plan and the sentences of a review.
 * A plan's tasks are its plan items; a review is every sentence outside plan and problem parts
 * (a summary's plan part says what will be done, its problems part what was not).
 */
import type { Paragraph, Root, Section, Sentence } from '../tree/types.js';
import type { AnalyzedReport } from '../analyze.js';
import { opensProblems, roleOfTitle } from '../headings/roles.js';
import type { PlanItemJson } from '../output/schema.js';

export interface TextUnit {
  start: number;
  end: number;
  text: string;
  section: string[];
}

/** Formula sentences that announce the report rather than report work (现将…报告如下). */
const FORMULA = /^现将.{0,40}如下/;

function collectSentences(node: Root | Section, path: string[], out: TextUnit[]): void {
  for (const child of node.children) {
    if (child.type === 'section') collectSentences(child, [...path, child.title], out);
    // A title that names a part of the report (主要工作成效) says nothing about the work.
    else if (child.type === 'heading' && node.type === 'section' && path.length === 1 && roleOfTitle(node.title)) continue;
    else for (const s of child.children as Sentence[]) {
      if (FORMULA.test(s.value)) continue;
      out.push({ start: s.position.start.offset!, end: s.position.end.offset!, text: s.value, section: path });
    }
  }
}

/** Sentences of the top-level parts that `keep` accepts (the preamble is the part `null`). */
export function sentencesWhere(report: AnalyzedReport, keep: (part: Section | null) => boolean): TextUnit[] {
  const out: TextUnit[] = [];
  const kept: Root = {
    ...report.tree,
    children: report.tree.children.filter((c) => keep(c.type === 'section' ? c : null)),
  };
  collectSentences(kept, [], out);
  return out;
}

/** Sentences that report work done: the preamble and every part not about plans or problems. */
export function reviewSentences(report: AnalyzedReport): TextUnit[] {
  // In a plan-only document nothing is a review.
  if (report.analysis.kind === 'plan') return [];
  // Parts named on their own lines cut across the numbered sections: their plans and problems go
  // too, and so does a review's closing paragraph on its problems.
  const away = [...report.analysis.parts.filter((p) => p.role === 'plans' || p.role === 'problems'), ...problemRanges(report)];
  return sentencesWhere(report, (part) => !part || (part.role !== 'plans' && part.role !== 'problems')).filter((s) => !inRanges(s, away));
}

/**
 * Where a review turns to its problems without a heading (`我们也清醒认识到…`): from that paragraph
 * to the end of its top-level section, or, in the preamble or between numbered items, to the next
 * part line or numbered section.
 */
export function problemRanges(report: AnalyzedReport): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const tops = report.tree.children;
  const partStarts = report.analysis.parts.map((p) => p.start);
  const opens = (p: Paragraph) => opensProblems(p.children.map((c) => c.value).join(''));
  const firstParagraph = (node: Root | Section): Paragraph | undefined => {
    for (const child of node.children) {
      if (child.type === 'paragraph' && opens(child)) return child;
      if (child.type === 'section') {
        const found = firstParagraph(child);
        if (found) return found;
      }
    }
    return undefined;
  };
  tops.forEach((top, i) => {
    if (top.type === 'section' && top.level !== 'item') {
      const found = firstParagraph(top);
      if (found) ranges.push({ start: found.position.start.offset!, end: top.position.end.offset! });
      return;
    }
    const paragraph = top.type === 'paragraph' ? (opens(top) ? top : undefined) : firstParagraph(top);
    if (!paragraph) return;
    const start = paragraph.position.start.offset!;
    const nextSection = tops.slice(i + 1).find((t) => t.type === 'section' && t.level !== 'item');
    const nextPart = partStarts.find((p) => p > start);
    ranges.push({ start, end: Math.min(nextSection?.position.start.offset ?? Infinity, nextPart ?? Infinity, report.text.length) });
  });
  return ranges;
}

/** True when `m` starts inside one of `ranges`. */
export const inRanges = (m: { start: number }, ranges: Array<{ start: number; end: number }>) => ranges.some((r) => m.start >= r.start && m.start < r.end);

/** Offsets of the plan parts of a document (the whole text for a plan document). */
export function planRanges(report: AnalyzedReport): Array<{ start: number; end: number }> {
  if (report.analysis.kind === 'plan') return [{ start: 0, end: report.text.length }];
  return [...report.analysis.parts, ...report.analysis.sections].filter((s) => s.role === 'plans').map((s) => ({ start: s.start, end: s.end }));
}

export interface PlanTask {
  item: PlanItemJson;
  title: string;
  text: string;
}

export function planTasks(report: AnalyzedReport): PlanTask[] {
  return report.analysis.planItems.map((item) => ({
    item,
    title: item.title,
    text: report.text.slice(item.start, item.end),
  }));
}
