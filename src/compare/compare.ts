/**
 * compare(plan, report): was last year's plan carried out?
 *
 * Tasks: the plan's plan items, matched against the review's sentences (items.ts).
 * Targets: the quantities inside the plan's plan part, each matched to a quantity of the review
 * with a compatible unit whose clause shares the target's terms; then met or not (targets.ts).
 */
import { sourceMapper, type AnalyzedReport } from '../analyze.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { ComparisonJson, MetricJson, TargetComparisonJson } from '../output/schema.js';
import { matchTasks, type MatchOptions } from './items.js';
import { inRanges, planRanges, planTasks, problemRanges, reviewSentences } from './units.js';
import { compatibleUnits, convert, isMet, lowerIsBetter, polarityOf } from './targets.js';
import { indicatorOf } from './indicators.js';
import { contentTerms } from '../segment/content-terms.js';
import { isClauseMark } from '../text/clauses.js';

/** A clause ends at a clause mark or at the end of its line. */
const isClauseEnd = (ch: string) => ch === '\n' || isClauseMark(ch);

export type CompareOptions = MatchOptions;


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
const YEAR_IN = /((?:19|20)\d{2})年/g;
/** A figure after these words is a decline: `下降3.3%`, `微降0.1%` are −3.3, −0.1. */
const DECLINE = /(降|减少|回落|降低)了?$/;
/** Between an indicator's name and the figure: the figure measures something else (`占地区生产总值比重33.5%`). */
const OTHER_MEASURE = /比重|占比|比例|贡献|份额/;

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
function realisedCandidates(report: AnalyzedReport, year: number | null) {
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

/**
 * Whether a figure of a review is the period's own result, and how surely: 0 when its sentence
 * names the year (`2025年`, `全年`, `过去一年`), 1 otherwise, 2 in a paragraph that mentions several
 * years or a sentence that gives a span's figure first; null for a span's figure (`年均`, `累计`, a paragraph opening on `这五年`/`"十四五"时期`
 * whose sentence does not name the year), another year's, or a target's.
 */
export function periodRank(text: string, m: { start: number; end: number }, year: number | null): 0 | 1 | 2 | null {
  const thisYear = new RegExp(`${year ?? '\\d{4}'}年|全年|过去一年|去年|一年来`);
  const clause = clauseAround(text, m.start, m.end);
  const lead = text.slice(clause.start, m.start);
  const sentence = text.slice(startOf(text, m.start), m.start);
  const paragraph = text.slice(withLeadIn(text, startOf(text, m.start, true)), m.start);
  if (SPAN_OF_YEARS.test(lead) || TARGET_WORDS.test(paragraph)) return null;
  if (year !== null && [...lead.matchAll(YEAR_IN)].some((y) => Number(y[1]) !== year)) return null;
  const named = thisYear.test(sentence);
  // A paragraph that opens on the span (`这五年，…`, `"十四五"时期…`) reports the span's figures.
  const opening = paragraph.slice(0, OPENING);
  const ownLine = text.slice(startOf(text, m.start, true), m.start);
  if (!named && SEVERAL_YEARS.test(opening) && !thisYear.test(opening) && !thisYear.test(ownLine.slice(0, OPENING))) return null;
  // (a sentence that gives a span's figure before this one, `年均增长6%，城镇新增就业超690万人`, is less sure too)
  return named ? 0 : SEVERAL_YEARS.test(paragraph) || SPAN_OF_YEARS.test(sentence) ? 2 : 1;
}

/**
 * Targets found in the normalised texts; their spans and quotes are given in the texts as read.
 * A target's realised figure is the first figure of the review that measures the same indicator
 * in a compatible unit, for the plan's year alone (§6): none is better than a guess.
 */
function matchTargets(plan: AnalyzedReport, report: AnalyzedReport, year: number | null): TargetComparisonJson[] {
  const ranges = planRanges(plan);
  const inPlan = sourceMapper(plan);
  const inReport = sourceMapper(report);
  const candidates = realisedCandidates(report, year);
  return plan.analysis.metrics
    .filter((m) => !m.masked && m.value !== null && inRanges(m, ranges))
    .map((m) => {
      const clause = clauseAround(plan.text, m.start, m.end);
      const lower = lowerIsBetter(clause.text);
      const approx = m.approx ?? sharedQualifier(plan.text, m, clause);
      const polarity = polarityOf(approx, clause.text);
      // `能耗降低3%`: a target stated as a decline is negative, as its realised figure will be.
      const sign = DECLINE.test(plan.text.slice(clause.start, m.start)) ? -1 : 1;
      const indicator = indicatorOf(plan.text, clause.start, m.start, m.object);
      const found = indicator === null ? undefined : candidates.find((c) => c.indicator === indicator && compatibleUnits(c.metric.unit, m.unit));
      const best = found ? { c: found, value: convert(found.value, found.metric.unit, m.unit)! } : null;
      const value = sign * m.value!;
      const valueMax = m.valueMax === null ? null : sign * m.valueMax;
      const target = { value: Math.min(value, valueMax ?? value), valueMax: valueMax === null ? null : Math.max(value, valueMax), polarity, lowerIsBetter: lower, unit: m.unit };
      return {
        ...inPlan.paged(m.start, m.end),
        quantity: inPlan.slice(m.start, m.end),
        text: inPlan.quote(clause.start, clause.end),
        indicator,
        value: target.value,
        valueMax: target.valueMax,
        unit: m.unit,
        approx,
        action: m.action,
        object: m.object,
        polarity,
        lowerIsBetter: lower,
        actual: best && {
          ...inReport.paged(best.c.metric.start, best.c.metric.end),
          quantity: inReport.slice(best.c.metric.start, best.c.metric.end),
          text: inReport.quote(best.c.clause.start, best.c.clause.end),
          value: best.value,
          unit: m.unit,
        },
        met: best ? isMet(target, best.value) : null,
      };
    });
}

/**
 * `城乡居民人均可支配收入分别增长5%和6%左右`: the qualifier after the last figure of a 分别 list
 * holds for every figure in it.
 */
function sharedQualifier(text: string, m: { start: number; end: number }, clause: { start: number; end: number }): string | null {
  if (!text.slice(clause.start, m.start).includes('分别')) return null;
  const rest = /^(?:[、和及][^，,。；;]*?)?(左右|以上|以内|以下)/.exec(text.slice(m.end, clause.end));
  return rest ? rest[1]! : null;
}

/** A target with no number: an indicator kept in step with another (`居民收入增长与经济增长同步`). */
const IN_STEP = /([^，,。；;：:、]{2,16}?)与([^，,。；;：:、]{2,12}?)(?:基本)?同步/g;

/** The plan part's targets that have no number, listed without a verdict (§6 has no rule for them). */
function targetsWithoutNumber(plan: AnalyzedReport): TargetComparisonJson[] {
  const inPlan = sourceMapper(plan);
  const out: TargetComparisonJson[] = [];
  for (const range of planRanges(plan)) {
    const part = plan.text.slice(range.start, range.end);
    for (const m of part.matchAll(IN_STEP)) {
      const start = range.start + m.index!;
      const end = start + m[0].length;
      const subject = m[1]!.replace(/^(预计|确保|力争|实现|保持|推动)/, '');
      out.push({
        ...inPlan.paged(start, end),
        quantity: inPlan.slice(start, end),
        text: inPlan.quote(start, end),
        indicator: indicatorOf(subject, 0, subject.length, subject),
        value: null,
        valueMax: null,
        unit: '',
        approx: null,
        action: null,
        object: subject,
        polarity: 'floor',
        lowerIsBetter: false,
        actual: null,
        met: null,
      });
    }
  }
  return out;
}

/** A plan item's title as written in the source (the same item in `document`, found by its start). */
function planTitle(plan: AnalyzedReport, start: number): string | undefined {
  const k = plan.analysis.planItems.findIndex((p) => p.start === start);
  return k < 0 ? undefined : plan.document.planItems[k]?.title;
}

/** The year a plan is for: its plan items' year, else the document's (a plan) or the next one. */
function planYear(plan: AnalyzedReport): number | null {
  const fromItems = plan.analysis.planItems.find((p) => p.year !== null)?.year;
  if (fromItems) return fromItems;
  const y = plan.analysis.year;
  return y === null ? null : plan.analysis.kind === 'plan' ? y : y + 1;
}

/**
 * What makes a comparison doubtful, said rather than hidden behind a completion rate: files given
 * in the wrong order (a plan for a later year than the report reviews), a REPORT that reviews
 * nothing (a plan document), a PLAN with no tasks or targets.
 */
function comparisonWarnings(plan: AnalyzedReport, report: AnalyzedReport, tasks: number, review: number): ComparisonJson['warnings'] {
  const warnings: ComparisonJson['warnings'] = [];
  const planFor = planYear(plan);
  const reviewed = report.analysis.year;
  if (planFor !== null && reviewed !== null && planFor > reviewed) {
    warnings.push({ code: 'order', message: `the plan is for ${planFor} but the report reviews ${reviewed}: were PLAN and REPORT given the other way round?` });
  }
  if (report.analysis.kind === 'plan' || review === 0) {
    warnings.push({ code: 'no-review', message: 'the report has no review part (it reads as a plan): no plan item can be shown done' });
  }
  if (tasks === 0) warnings.push({ code: 'no-plan', message: 'the plan has no plan items: nothing to check' });
  return warnings;
}

export function compare(plan: AnalyzedReport, report: AnalyzedReport, segmenter: Segmenter, options: CompareOptions = {}): ComparisonJson {
  const tasks = planTasks(plan);
  const review = reviewSentences(report);
  const results = matchTasks(tasks, review, segmenter, options);
  const counts = {
    done: results.filter((r) => r.status === 'done').length,
    partial: results.filter((r) => r.status === 'partial').length,
    notFound: results.filter((r) => r.status === 'not-found').length,
  };
  // Found in the normalised texts; shown in the texts as read.
  const inPlan = sourceMapper(plan);
  const inReport = sourceMapper(report);
  return {
    plan: { file: plan.analysis.file, year: planYear(plan) },
    report: { file: report.analysis.file, year: report.analysis.year },
    items: results.map((r) => {
      const { start, end, marker } = r.task.item;
      return {
        planItem: { ...inPlan.paged(start, end), marker: inPlan.quote(start, start + marker.length), title: planTitle(plan, start) ?? r.task.item.title },
        status: r.status,
        score: r.score,
        evidence: r.evidence.map((e) => ({ ...e, ...inReport.paged(e.start, e.end), text: inReport.quote(e.start, e.end) })),
      };
    }),
    targets: [...matchTargets(plan, report, planYear(plan)), ...targetsWithoutNumber(plan)].sort((a, b) => a.start - b.start),
    counts,
    completionRate: results.length ? Math.round(((counts.done + counts.partial / 2) / results.length) * 1000) / 1000 : null,
    warnings: comparisonWarnings(plan, report, tasks.length, review.length),
  };
}
