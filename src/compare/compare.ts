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
import { clauseAround, DECLINE, yearFigures } from './periods.js';
import { contentTerms } from '../segment/content-terms.js';

export type CompareOptions = MatchOptions;

/**
 * Targets found in the normalised texts; their spans and quotes are given in the texts as read.
 * A target's realised figure is the first figure of the review that measures the same indicator
 * in a compatible unit, for the plan's year alone (§6): none is better than a guess.
 */
function matchTargets(plan: AnalyzedReport, report: AnalyzedReport, year: number | null): TargetComparisonJson[] {
  const ranges = planRanges(plan);
  const inPlan = sourceMapper(plan);
  const inReport = sourceMapper(report);
  const candidates = yearFigures(report, year);
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
