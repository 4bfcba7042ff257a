/**
 * Document kind, from the report's own words:
 *   half-year     a 上半年 report, even when it ends with a plan part;
 *   plan          工作要点/计划 only: no review part, future-tense throughout;
 *   summary+plan  a full-period review that also holds a plan part;
 *   summary       a review only.
 */
import type { Root, Section } from '../tree/types.js';
import { leadIn, namedRole, roleOfTitle } from '../headings/roles.js';
import { firstYear } from '../text/numerals.js';

export type Kind = 'summary' | 'plan' | 'half-year' | 'summary+plan';

const HALF_YEAR = /上半年|半年(度)?(工作)?(总结|报告|小结|情况)|[1一][-—–~～至到][6六]月/;
/**
 * A report on part of a year (a half, the first quarters, a month): its `下一步` plans the rest
 * of the same year. A fourth quarter's or December's plans the next.
 */
const PART_OF_YEAR = new RegExp(
  `${HALF_YEAR.source}|前三季度|第?[一二三1-3]季度|(?:^|[^0-9十])(?:[1-9]|1[01]|[一二三四五六七八九]|十[一]?)月(份)?(工作)?(总结|报告|小结|汇报)`,
);

export function coversPartOfYear(head: string): boolean {
  return PART_OF_YEAR.test(head);
}

const REVIEW_HEAD = /总结|回顾|报告如下|汇报如下|情况报告|述职|现将.{0,40}(报告|汇报|总结)/;
const PLAN_HEAD = /要点|计划|安排|打算|思路|实施方案|重点任务|(\d{4})年是/;
// Past-tense evidence: completed aspect and period summaries, and realised figures set against the
// same period before (`比上年同期847件少297件`; a plan's targets say 增长, never 比上年同期). A review
// has several per thousand characters; a plan almost none.
const PAST = /了|已经|已全部|全年共|共计|截至目前|截止目前|年初至今|年初以来|今年以来|[一二两三四五]年来|过去的?[一二两三四五]年|取得|荣获|圆满完成|比(?:上年|去年)同期/g;

/**
 * A report delivered to a congress (政府工作报告, a speech opening `各位代表`): its head names the
 * year it is delivered in; the work it reviews is the year before (`2024年工作回顾`, `过去一年`).
 */
export const isDelivered = (head: string): boolean => /政府工作报告|各位代表/.test(head);

export function topSections(tree: Root): Section[] {
  return tree.children.filter((c): c is Section => c.type === 'section');
}

/**
 * Offset after the first `n` characters of `text`, a CRLF counted once, so that what a count of
 * characters takes in does not depend on how the lines end.
 */
function offsetAfter(text: string, n: number): number {
  let at = 0;
  for (let seen = 0; at < text.length && seen < n; at++) if (!(text[at] === '\r' && text[at + 1] === '\n')) seen++;
  return at;
}

/** Text before the first level-1 heading (title line and preamble), or the opening of the text. */
export function headText(text: string, tree: Root): string {
  const first = topSections(tree)[0];
  const end = first ? first.position.start.offset! : offsetAfter(text, 400);
  return text.slice(0, Math.max(end, offsetAfter(text, 60)));
}

/** A title line that names a plan: it ends in the plan's name. */
const PLAN_TITLE = /(计划|要点|打算|安排|方案|思路)$/;

/** The text's first non-blank line, trimmed; CRLF, CR and LF all end a line. */
const firstLine = (text: string) => text.trimStart().split(/\r\n?|\n/, 1)[0]!.trim();

export function pastDensity(text: string): number {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  return ((text.match(PAST)?.length ?? 0) * 1000) / Math.max(text.length - crlf, 1);
}

export function detectKind(text: string, tree: Root): Kind {
  const head = headText(text, tree);
  // The report's year is not known yet: the year its head names stands in for it. A top-level
  // item's lead-in names its part (`2024年工作打算：一是…`).
  // A report delivered to a congress reviews the year before the one its head names.
  const named = firstYear(head);
  const headYear = named !== null && isDelivered(head) ? named - 1 : named;
  const roles = [
    ...topSections(tree).map((s) => namedRole(s, headYear) ?? (s.level === 'item' ? roleOfTitle(leadIn(text, s.position.start.offset!)) : null)),
    ...(tree.parts ?? []).map((p) => namedRole({ title: p.title, ordinal: 1 }, headYear)),
  ];
  const hasPlanPart = roles.includes('plans');
  if (HALF_YEAR.test(head)) return 'half-year';
  // A document whose title names a plan (`2023年党建工作计划`, `工作要点`) is one, whatever tense its
  // preamble takes, unless a part of it reviews.
  const titledPlan = PLAN_TITLE.test(firstLine(text)) && !roles.includes('achievements') && !roles.includes('problems');
  const hasReview =
    !titledPlan && (roles.includes('achievements') || roles.includes('problems') || REVIEW_HEAD.test(head) || pastDensity(text) >= 2);
  if (!hasReview && (PLAN_HEAD.test(head) || roles.every((r) => r === null || r === 'plans'))) return 'plan';
  return hasPlanPart ? 'summary+plan' : 'summary';
}
