/**
 * The period a review's figure covers: the year of work (`2025年`, `全年`, `过去一年`), a span of
 * years (`年均`, `累计`, a paragraph opening on `这五年`/`"十四五"时期`), another year, or a target
 * (`主要预期目标是：…`). compare() looks here for a target's realised figure, trend() for the points
 * of its series: both only ever take a year's own result.
 */
import type { AnalyzedReport } from '../analyze.js';
import type { MetricJson } from '../output/schema.js';
import { isClauseMark } from '../text/clauses.js';
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

function reviewMetrics(report: AnalyzedReport): MetricJson[] {
  const plans = planRanges(report);
  const problems = [...[...report.analysis.parts, ...report.analysis.sections].filter((s) => s.role === 'problems'), ...problemRanges(report)];
  if (report.analysis.kind === 'plan') return [];
  return report.analysis.metrics.filter((m) => !m.masked && m.value !== null && !inRanges(m, plans) && !inRanges(m, problems));
}

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

/** A line that is a heading of a part or section: `一、…`, `（二）…`, `第三部分…`, short. */
const HEADING_LINE = /^\s*(?:第[一二三四五六七八九十]+[部分章]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n]{0,40}$/;
/** How many paragraphs back a span's review is looked for. */
const SPAN_REACH = 30;

/**
 * Whether the paragraph starting at `lineStart` lies in a review of several years: it does not
 * open on the year itself, and a paragraph before it, in the same part, opens on several years (`"十四五"时期是…`, `过去五年，…`), and no
 * paragraph since has opened on the year itself (`刚刚过去的2025年…`, `一年来，…`). A government
 * work report that closes a five-year plan reviews the five years first, over many paragraphs.
 */
function inSpanPart(text: string, lineStart: number, thisYear: RegExp): boolean {
  if (thisYear.test(text.slice(lineStart, lineStart + OPENING))) return false;
  let end = lineStart - 1;
  for (let n = 0; n < SPAN_REACH && end > 0; n++) {
    const start = startOf(text, end, true);
    const line = text.slice(start, end);
    end = start - 1;
    if (HEADING_LINE.test(line)) return false;
    const opening = line.slice(0, OPENING);
    if (thisYear.test(opening)) return false;
    if (SEVERAL_YEARS.test(opening)) return true;
  }
  return false;
}

/** Where the sentence (or, with `paragraph`, the line) holding offset `at` starts. */
const startOf = (text: string, at: number, paragraph = false) => {
  const end = paragraph ? /\n/ : /[。；;！!？?\n]/;
  let s = at;
  while (s > 0 && !end.test(text[s - 1]!)) s--;
  return s;
};

/**
 * The review's figures that can be a year's result, each with its clause, indicator, value
 * (signed by its verb) and rank: a sentence that names the year (`2025年`, `全年`, `过去一年`) ranks
 * first, one in a paragraph that mentions several years last. A figure in a paragraph that opens
 * on several years (or follows a lead-in line that does: `这五年，…`) and whose sentence does not
 * name the year is the span's, never the year's.
 */
export function yearFigures(report: AnalyzedReport, year: number | null) {
  return reviewMetrics(report).flatMap((m) => {
    const rank = periodRank(report.text, m, year);
    if (rank === null) return [];
    const clause = clauseAround(report.text, m.start, m.end);
    const lead = report.text.slice(clause.start, m.start);
    const indicator = indicatorOf(report.text, clause.start, m.start, m.object, OTHER_MEASURE);
    if (!indicator) return [];
    const value = DECLINE.test(lead) ? -m.value! : m.value!;
    return [{ metric: m, clause, indicator, value, rank }];
  }).sort((a, b) => a.rank - b.rank || a.metric.start - b.metric.start);
}

/** Words that name the year of work in a review: `2025年`, `全年`, `过去一年`, `一年来`. */
const thisYearPattern = (year: number | null) => new RegExp(`${year ?? '\\d{4}'}年|全年|过去一年|去年|一年来`);

/** The span a figure covers when it is not one year's: an annual average, a total, or the span's. */
export type SpanKind = 'years-average' | 'years-total' | 'years';

/**
 * The review's figures for a span of years ending with the year of work (`过去五年…年均增长6%`,
 * `累计新增就业…`, the paragraphs of a `"十四五"时期…` review), each with its indicator, signed value
 * and kind. Never a target, another year's figure, or the start of a change.
 */
export function spanFigures(report: AnalyzedReport, year: number | null) {
  return reviewMetrics(report).flatMap((m) => {
    const kind = spanKind(report.text, m, year);
    if (!kind) return [];
    const clause = clauseAround(report.text, m.start, m.end);
    const lead = report.text.slice(clause.start, m.start);
    const indicator = indicatorOf(report.text, clause.start, m.start, m.object, OTHER_MEASURE);
    if (!indicator) return [];
    return [{ metric: m, clause, indicator, kind, value: DECLINE.test(lead) ? -m.value! : m.value! }];
  });
}

function spanKind(text: string, m: { start: number; end: number }, year: number | null): SpanKind | null {
  if (periodRank(text, m, year) !== null) return null;
  const clause = clauseAround(text, m.start, m.end);
  const lead = text.slice(clause.start, m.start);
  const lineStart = startOf(text, m.start, true);
  const paragraph = text.slice(withLeadIn(text, lineStart), m.start);
  if (TARGET_WORDS.test(paragraph)) return null;
  if (FROM_STATE.test(lead) && TO_STATE.test(text.slice(m.end, clause.end))) return null;
  if (year !== null && [...lead.matchAll(YEAR_IN)].some((y) => Number(y[1]) !== year)) return null;
  const thisYear = thisYearPattern(year);
  const spanned = SPAN_OF_YEARS.test(lead) || SEVERAL_YEARS.test(paragraph.slice(0, OPENING)) || inSpanPart(text, lineStart, thisYear);
  if (!spanned) return null;
  return /年均|每年/.test(lead) ? 'years-average' : /累计/.test(lead) ? 'years-total' : 'years';
}

/**
 * Whether a figure of a review is the period's own result, and how surely: 0 when its sentence
 * names the year (`2025年`, `全年`, `过去一年`), 1 otherwise, 2 in a paragraph that mentions several
 * years or a sentence that gives a span's figure first; null for a span's figure (`年均`, `累计`, a paragraph opening on `这五年`/`"十四五"时期`
 * whose sentence does not name the year), another year's, or a target's.
 */
export function periodRank(text: string, m: { start: number; end: number }, year: number | null): 0 | 1 | 2 | null {
  const thisYear = thisYearPattern(year);
  const clause = clauseAround(text, m.start, m.end);
  const lead = text.slice(clause.start, m.start);
  const sentence = text.slice(startOf(text, m.start), m.start);
  const paragraph = text.slice(withLeadIn(text, startOf(text, m.start, true)), m.start);
  if (SPAN_OF_YEARS.test(lead) || TARGET_WORDS.test(paragraph)) return null;
  // `失业率从上半年5.5%降到5.3%`: the figure after 从 is where the year started, not its result.
  if (FROM_STATE.test(lead) && TO_STATE.test(text.slice(m.end, clause.end))) return null;
  if (year !== null && [...lead.matchAll(YEAR_IN)].some((y) => Number(y[1]) !== year)) return null;
  const named = thisYear.test(sentence);
  // A paragraph that opens on the span (`这五年，…`, `"十四五"时期…`) reports the span's figures.
  const opening = paragraph.slice(0, OPENING);
  const ownLine = text.slice(startOf(text, m.start, true), m.start);
  if (!named && SEVERAL_YEARS.test(opening) && !thisYear.test(opening) && !thisYear.test(ownLine.slice(0, OPENING))) return null;
  // Nor do the paragraphs after it, until one opens on the year or a heading starts a new part.
  if (!named && inSpanPart(text, startOf(text, m.start, true), thisYear)) return null;
  // (a sentence that gives a span's figure before this one, `年均增长6%，城镇新增就业超690万人`, is less sure too)
  return named ? 0 : SEVERAL_YEARS.test(paragraph) || SPAN_OF_YEARS.test(sentence) ? 2 : 1;
}

