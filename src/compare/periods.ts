/**
 * The period a review's figure covers: the year of work (`2025年`, `全年`, `过去一年`), a span of
 * years (`年均`, `累计`, a paragraph opening on `这五年`/`"十四五"时期`), another year, or a target
 * (`主要预期目标是：…`). compare() looks here for a target's realised figure, trend() for the points
 * of its series: both only ever take a year's own result.
 */
import type { AnalyzedReport } from '../analyze.js';
import type { MetricJson } from '../output/schema.js';
import { isClauseMark } from '../text/clauses.js';
import { firstStartingAt } from '../text/sorted-spans.js';
import { indicatorOf } from './indicators.js';
import { inRanges, planRanges, problemRanges } from './units.js';

/** A clause ends at a clause mark or at the end of its line. */
const isClauseEnd = (ch: string) => ch === '\n' || isClauseMark(ch);

/**
 * The clause around [start, end): between the nearest clause marks on either side. When the words
 * before the number are only a short predicate (`…达到121万亿元，增长3%`), the previous clause, which
 * names what grew, is taken in too.
 */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const back = (from: number) => {
    let s = from;
    while (s > 0 && !isClauseEnd(text[s - 1]!)) s--;
    return s;
  };
  let s = back(start);
  if (start - s <= SHORT_PREDICATE && s > 0 && /[，,]/.test(text[s - 1]!)) s = back(s - 1);
  let e = end;
  while (e < text.length && !isClauseEnd(text[e]!)) e++;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Characters before a number that can only be a verb phrase (增长, 下降到, 同比增长). */
const SHORT_PREDICATE = 4;

/** Words before a figure, in its clause, that make it not the year's own result: a span of years, another year. */
const SPAN_OF_YEARS = /年均|每年|累计|五年|十[一二三四五六七八九]五|以来|期间/;
/**
 * Words before a figure, in its paragraph, that make it a target rather than a result: a statement
 * of targets (`主要预期目标是：…；…`), not a target reported met (`预期目标较好完成`) nor `稳预期`.
 */
const TARGET_WORDS = /目标(是|为|：|:)|力争/;
/** Words of a paragraph that reviews more than one year (`"十四五"时期…`, `五年来…`). */
const SEVERAL_YEARS = /五年|十[一二三四五六七八九]五|[一二三四五]年来/;
/** `从…X…(降|升|提高…)到/至Y`: X is the state the change started from. */
const FROM_STATE = /从[^，,。；;]{0,8}$/;
const TO_STATE = /^[^，,。；;\d]{0,4}(?:到|至)/;
const YEAR_IN = /((?:19|20)\d{2})年/g;
/** A figure after these words is a decline: `下降3.3%`, `微降0.1%` are −3.3, −0.1. */
export const DECLINE = /(降|减少|回落|降低)了?$/;
/** Between an indicator's name and the figure: the figure measures something else (`占地区生产总值比重33.5%`). */
export const OTHER_MEASURE = /比重|占比|比例|贡献|份额/;

/**
 * A paragraph's start, taking in the short lead-in line before it when that line opens on several
 * years (`这五年，我们…新改善。`): a heading or an overview of the year is no lead-in.
 */
const withLeadIn = (text: string, start: number) => {
  if (start === 0) return 0;
  const previous = startOf(text, start - 1, true);
  const short = start - 1 - previous <= LEAD_IN;
  return short && SEVERAL_YEARS.test(text.slice(previous, Math.min(previous + OPENING, start - 1))) ? previous : start;
};
const LEAD_IN = 60;
/** How far into a paragraph its opening words run. */
const OPENING = 16;

/** How many paragraphs back a span's review is looked for. */
const SPAN_REACH = 30;

/** Where the sentence (or, with `paragraph`, the line) holding offset `at` starts. */
const startOf = (text: string, at: number, paragraph = false) => {
  const end = paragraph ? /\n/ : /[。；;！!？?\n]/;
  let s = at;
  while (s > 0 && !end.test(text[s - 1]!)) s--;
  return s;
};

/**
 * Whether the paragraph starting at `lineStart` lies in a review of several years: it does not
 * open on the year itself, and a paragraph before it within its part (from `partStart`) opens on
 * several years (`"十四五"时期是…`, `过去五年，…`) with none since opening on the year (`刚刚过去的
 * 2025年…`, `一年来，…`). A government work report that closes a five-year plan reviews the five
 * years first, over many paragraphs.
 */
function inSpanPart(text: string, lineStart: number, partStart: number, thisYear: RegExp): boolean {
  if (thisYear.test(text.slice(lineStart, lineStart + OPENING))) return false;
  let end = lineStart - 1;
  for (let n = 0; n < SPAN_REACH && end > partStart; n++) {
    const start = Math.max(partStart, startOf(text, end, true));
    const opening = text.slice(start, Math.min(end, start + OPENING));
    end = start - 1;
    if (thisYear.test(opening)) return false;
    if (SEVERAL_YEARS.test(opening)) return true;
  }
  return false;
}

/** Words that name the year of work in a review: `2025年`, `全年`, `过去一年`, `一年来`. */
const thisYearPattern = (year: number | null) => new RegExp(`${year ?? '\\d{4}'}年|全年|过去一年|去年|一年来`);

/** The span a figure covers when it is not one year's: an annual average, a total, or the span's. */
export type SpanKind = 'years-average' | 'years-total' | 'years';

/**
 * The period a review's figure covers: the year of work, with how surely (`rank` 0 when its
 * sentence names the year — `2025年`, `全年`, `过去一年` —, 1 otherwise, 2 in a paragraph that
 * mentions several years or a sentence that gives a span's figure first); or a span of years
 * (`年均`, `累计`, a paragraph opening on `这五年`/`"十四五"时期`, or one after it in its part, whose
 * sentence does not name the year); or null: another year's figure, a target, the start of a change.
 * `partStart`: where the figure's part starts (the span search stops there).
 */
export function periodOf(text: string, m: { start: number; end: number }, year: number | null, partStart = 0): { rank: 0 | 1 | 2 } | { span: SpanKind } | null {
  const thisYear = thisYearPattern(year);
  const clause = clauseAround(text, m.start, m.end);
  const lead = text.slice(clause.start, m.start);
  const lineStart = startOf(text, m.start, true);
  const sentence = text.slice(startOf(text, m.start), m.start);
  const paragraph = text.slice(withLeadIn(text, lineStart), m.start);
  if (TARGET_WORDS.test(paragraph)) return null;
  // `失业率从上半年5.5%降到5.3%`: the figure after 从 is where the year started, not its result.
  if (FROM_STATE.test(lead) && TO_STATE.test(text.slice(m.end, clause.end))) return null;
  if (year !== null && [...lead.matchAll(YEAR_IN)].some((y) => Number(y[1]) !== year)) return null;
  const named = thisYear.test(sentence);
  const opening = paragraph.slice(0, OPENING);
  const spanned =
    SPAN_OF_YEARS.test(lead) ||
    // A paragraph that opens on the span (`这五年，…`, `"十四五"时期…`) reports the span's figures,
    (!named && SEVERAL_YEARS.test(opening) && !thisYear.test(opening) && !thisYear.test(text.slice(lineStart, lineStart + OPENING))) ||
    // and so do the paragraphs after it, until one opens on the year or a new part starts.
    (!named && inSpanPart(text, lineStart, partStart, thisYear));
  if (spanned) return { span: /年均|每年/.test(lead) ? 'years-average' : /累计/.test(lead) ? 'years-total' : 'years' };
  // (a sentence that gives a span's figure before this one, `年均增长6%，城镇新增就业超690万人`, is less sure too)
  return { rank: named ? 0 : SEVERAL_YEARS.test(paragraph) || SPAN_OF_YEARS.test(sentence) ? 2 : 1 };
}

/** The year rank of a figure (`periodOf`), or null when it is not the year's own. */
export function periodRank(text: string, m: { start: number; end: number }, year: number | null, partStart = 0): 0 | 1 | 2 | null {
  const period = periodOf(text, m, year, partStart);
  return period && 'rank' in period ? period.rank : null;
}

/** A figure of a review with what it measures and the period it covers. */
export interface ReviewFigure {
  metric: MetricJson;
  clause: { start: number; end: number; text: string };
  /** A headline indicator's canonical name, else the counted thing (indicators.ts); null when neither. */
  indicator: string | null;
  /** Signed by its verb (`下降0.1%` is −0.1); null when masked. */
  value: number | null;
  period: { rank: 0 | 1 | 2 } | { span: SpanKind };
  /** In a problems part or paragraph: a figure of what went wrong, not of the work's result. */
  inProblems: boolean;
}

/**
 * Every figure of a report's review with its period, in text order: none from a plan document or
 * a review's plan part (a target, `发展党员不少于3名`, is not work done), none that is another year's.
 * Each is classified once; compare() and trend() take what they need. `year`: the year of work
 * to judge by (compare passes the plan's).
 */
export function reviewFigures(report: AnalyzedReport, year: number | null = report.analysis.year): ReviewFigure[] {
  if (report.analysis.kind === 'plan') return [];
  const plans = planRanges(report);
  const problems = [...[...report.analysis.parts, ...report.analysis.sections].filter((s) => s.role === 'problems'), ...problemRanges(report)];
  const parts = partStarts(report);
  return report.analysis.metrics.flatMap((m) => {
    if (inRanges(m, plans)) return [];
    const period = periodOf(report.text, m, year, partStartOf(parts, m.start));
    if (!period) return [];
    const clause = clauseAround(report.text, m.start, m.end);
    const lead = report.text.slice(clause.start, m.start);
    const indicator = indicatorOf(report.text, clause.start, m.start, m.object, OTHER_MEASURE);
    const value = m.masked || m.value === null ? null : DECLINE.test(lead) ? -m.value : m.value;
    return [{ metric: m, clause, indicator, value, period, inProblems: inRanges(m, problems) }];
  });
}

/**
 * The review's figures that can be a year's result, surest first (`rank`), each with its
 * indicator and signed value: what compare() takes a target's realised figure from.
 */
export function yearFigures(report: AnalyzedReport, year: number | null = report.analysis.year) {
  return reviewFigures(report, year)
    .flatMap((f) => ('rank' in f.period && !f.inProblems && f.value !== null && f.indicator ? [{ ...f, indicator: f.indicator, value: f.value, rank: f.period.rank }] : []))
    .sort((a, b) => a.rank - b.rank || a.metric.start - b.metric.start);
}

/** Starts of the report's parts: its top-level sections and the parts named on unnumbered lines, sorted. */
const partStarts = (report: AnalyzedReport): number[] => [...report.analysis.parts, ...report.analysis.sections].map((p) => p.start).sort((a, b) => a - b);

/** The start of the part a figure lies in (0 before any). */
function partStartOf(starts: number[], at: number): number {
  const k = firstStartingAt(starts, at + 1, (s) => s);
  return k > 0 ? starts[k - 1]! : 0;
}
