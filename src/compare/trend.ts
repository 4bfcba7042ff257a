/**
 * Across years: reports ordered by year, then
 *  - metric series: the same action and object (and a compatible unit) in each report, with deltas,
 *    from what each report says was done (the targets of its plan part are not work done);
 *  - terms: formulations and key terms that appear, disappear, rise or fall (per 10,000 characters)
 *    between any two consecutive reports;
 *  - carried-over text: sentences repeated verbatim or nearly so from the previous report
 *    (Dice coefficient of character bigrams, natural's implementation).
 */
import DiceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import { sourceMapper, type AnalyzedReport } from '../analyze.js';
import type { Segmenter } from '../segment/segmenter.js';
import { categoryOf } from '../segment/categories.js';
import type { MetricJson, TrendJson } from '../output/schema.js';
import { isContentToken } from '../segment/content-terms.js';
import { convert, unitFamily } from './targets.js';
import { reviewFigures, type SpanKind } from './periods.js';
import { isHeadlineIndicator, SCOPE } from './indicators.js';
import { sentencesWhere, type TextUnit } from './units.js';
import { RATE_UNITS } from '../metrics/units.js';

export interface TrendOptions {
  /** Dice similarity at or above which a sentence counts as carried over. */
  carryOver?: number;
  /** Sentences shorter than this are too formulaic to count as copied. */
  minSentence?: number;
  /** Plain (non-dictionary) key terms kept per report. */
  keyTerms?: number;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function orderByYear(reports: AnalyzedReport[]): AnalyzedReport[] {
  return [...reports].sort(
    (a, b) => (a.analysis.year ?? Infinity) - (b.analysis.year ?? Infinity) || String(a.analysis.file).localeCompare(String(b.analysis.file)),
  );
}

/** A report's value for a series: its counts add up; a rate (RATE_UNITS) given twice counts once. */
function pointValue(ms: MetricJson[], unit: string): number {
  if (RATE_UNITS.has(unit)) return round(convert(ms[0]!.value!, ms[0]!.unit, unit) ?? ms[0]!.value!);
  return round(ms.reduce((sum, m) => sum + (convert(m.value!, m.unit, unit) ?? 0), 0));
}

/**
 * What headline indicators are measured in (unit families): `进出口总额…新增实绩企业1357家` counts
 * firms, not trade, and makes no point of the trade series.
 */
const HEADLINE_UNITS = new Set(['元', '%', '个百分点', '人', '吨', '斤']);

/** Counted things that name nothing alone: a share or a count of what the sentence said before. */
const NAMES_NOTHING = /^(?:比例|比重|占比|份额|项目|数量|总量|规模|个数|次数|人数|金额|增速|贡献率|其中|合计|总数)$/;

interface SeriesFigures {
  period: 'year' | SpanKind;
  action: string | null;
  object: string;
  indicator: string | null;
  unit: string;
  /** Per report: its figures for the series with their rank, and a headline figure's signed value. */
  perDoc: Array<Array<{ metric: MetricJson; rank: number; signed?: number }>>;
}

/**
 * Series keyed by what a figure measures, never by the words around it:
 * - a headline indicator (dictionaries/indicators.utf8: 地区生产总值, 社会消费品零售总额…) by its
 *   canonical name and unit family, so `地区生产总值增长5.5%` and `全省生产总值增长5.8%` meet and
 *   `增长` of GDP never meets `增长` of retail sales; a report's point is its surest figure for the
 *   year (as compare takes a target's realised figure), signed (`下降0.1%` is −0.1). Such a series
 *   is kept even where one report alone gives the figure: it is what a reader looks for;
 * - any other figure by its action, its counted thing without scope words (`全省`, `全市`) and its
 *   unit family, kept when two reports or more give it.
 */
function metricSeries(reports: AnalyzedReport[], periods: Array<string | null>): TrendJson['metrics'] {
  const series = new Map<string, SeriesFigures>();
  const add = (key: string, i: number, init: Omit<SeriesFigures, 'perDoc'>, figure: SeriesFigures['perDoc'][number][number]) => {
    let s = series.get(key);
    if (!s) series.set(key, (s = { ...init, perDoc: reports.map(() => []) }));
    s.perDoc[i]!.push(figure);
  };
  reports.forEach((r, i) => {
    for (const f of reviewFigures(r)) {
      const m = f.metric;
      const family = unitFamily(m.unit);
      if (isHeadlineIndicator(f.indicator)) {
        // A headline figure of a problems part, or in a unit it is not measured in, makes no point.
        if (f.inProblems || f.value === null || !HEADLINE_UNITS.has(family)) continue;
        const period = 'rank' in f.period ? 'year' : f.period.span;
        const rank = 'rank' in f.period ? f.period.rank : 0;
        add(`${period}\u0000${f.indicator}\u0000${family}`, i, { period, action: m.action, object: f.indicator, indicator: f.indicator, unit: m.unit }, { metric: m, rank, signed: f.value });
        continue;
      }
      // Any other figure counts for its year only: a span's (`五年来…累计`) is no point of a series.
      if (!('rank' in f.period) || !m.object || NAMES_NOTHING.test(m.object.replace(SCOPE, ''))) continue;
      const object = m.object.replace(SCOPE, '') || m.object;
      add(`o\u0000${m.action ?? ''}\u0000${object}\u0000${family}`, i, { period: 'year', action: m.action, object, indicator: null, unit: m.unit }, { metric: m, rank: f.period.rank });
    }
  });
  const out: TrendJson['metrics'] = [];
  const mappers = reports.map(sourceMapper);
  for (const s of series.values()) {
    // A headline indicator's year series stands with one report's figure; any other needs two.
    if (s.perDoc.filter((d) => d.length).length < (s.indicator && s.period === 'year' ? 1 : 2)) continue;
    const points = s.perDoc.map((ranked, i) => {
      const report = { file: reports[i]!.analysis.file, year: reports[i]!.analysis.year };
      if (!ranked.length) return { ...report, value: null, masked: false, given: false, quantities: [] };
      // Of a report's figures for one series only the surest count (`城镇新增就业141万人` over a
      // five-year figure in a sentence that opens on 年均…); a headline indicator's first of them.
      const best = Math.min(...ranked.map((x) => x.rank));
      const surest = ranked.filter((x) => x.rank === best);
      const chosen = s.indicator ? surest.slice(0, 1) : surest;
      const ms = chosen.map((x) => x.metric);
      const masked = ms.some((m) => m.masked || m.value === null);
      const signed = chosen[0]!.signed;
      const value = masked ? null : signed !== undefined ? round(convert(signed, ms[0]!.unit, s.unit) ?? signed) : pointValue(ms, s.unit);
      return {
        ...report,
        value,
        masked,
        given: true,
        quantities: ms.map((m) => ({ quantity: mappers[i]!.slice(m.start, m.end), ...mappers[i]!.span(m.start, m.end) })),
      };
    });
    const deltas = points.map((p, i) => {
      const prev = i > 0 ? points[i - 1] : null;
      return prev && !samePeriod(periods, i) && p.value !== null && prev.value !== null ? round(p.value - prev.value) : null;
    });
    out.push({ action: s.action, object: s.object, indicator: s.indicator, period: s.period, unit: s.unit, points, deltas });
  }
  // Headline indicators first (their year series, then their spans'), then the rest, by object.
  return out.sort((a, b) => Number(b.indicator !== null) - Number(a.indicator !== null) || Number(a.period !== 'year') - Number(b.period !== 'year') || a.object.localeCompare(b.object) || String(a.action).localeCompare(String(b.action)));
}

function termTable(reports: AnalyzedReport[], periods: Array<string | null>, segmenter: Segmenter, keyTerms: number): TrendJson['terms'] {
  const counts = reports.map((r) => {
    const c = new Map<string, { n: number; category: string | null }>();
    for (const t of segmenter.tokenize(r.text)) {
      const category = categoryOf(t.tag) ?? null;
      if (!category && !isContentToken(t)) continue;
      const e = c.get(t.word) ?? { n: 0, category };
      e.n++;
      c.set(t.word, e);
    }
    return c;
  });
  // Dictionary terms always; of plain words, each report's most frequent.
  const chosen = new Map<string, string | null>();
  for (const c of counts) {
    for (const [w, e] of c) if (e.category) chosen.set(w, e.category);
    [...c]
      .filter(([, e]) => !e.category)
      .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
      .slice(0, keyTerms)
      .forEach(([w]) => chosen.set(w, null));
  }
  const out: TrendJson['terms'] = [];
  for (const [term, category] of chosen) {
    const n = counts.map((c) => c.get(term)?.n ?? 0);
    const rate = n.map((k, i) => round((k * 10000) / Math.max(1, reports[i]!.text.length), 2));
    const changes: TermChanges = [];
    for (let i = 1; i < reports.length; i++) {
      // Two reports of one period (a department's and the whole unit's, a draft and the final)
      // differ in wording, not over time.
      if (samePeriod(periods, i)) continue;
      const change = changeBetween(n[i - 1]!, n[i]!, rate[i - 1]!, rate[i]!);
      if (change) changes.push({ at: i, year: reports[i]!.analysis.year, change });
    }
    if (changes.length) out.push({ term, category, counts: n, perTenThousand: rate, change: changes[changes.length - 1]!.change, changes });
  }
  const order = { appears: 0, disappears: 1, rises: 2, falls: 3 };
  return out.sort((a, b) => order[a.change] - order[b.change] || b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0) || a.term.localeCompare(b.term));
}

type TermChanges = TrendJson['terms'][number]['changes'];

/** Change from one report to the next: appears/disappears, or doubles/halves with at least 2 uses. */
function changeBetween(a: number, b: number, ra: number, rb: number): TrendJson['terms'][number]['change'] | null {
  if (a === 0 && b >= 2) return 'appears';
  if (a >= 2 && b === 0) return 'disappears';
  if (Math.max(a, b) >= 3 && rb >= 2 * ra && b > a) return 'rises';
  if (Math.max(a, b) >= 3 && ra >= 2 * rb && a > b) return 'falls';
  return null;
}

function carriedOver(reports: AnalyzedReport[], threshold: number, minLength: number): TrendJson['carriedOver'] {
  const out: TrendJson['carriedOver'] = [];
  const sentences = reports.map((r) => allSentences(r).filter((s) => s.text.length >= minLength));
  for (let i = 1; i < reports.length; i++) {
    for (const to of sentences[i]!) {
      let best: { s: TextUnit; sim: number } | null = null;
      for (const from of sentences[i - 1]!) {
        // Dice over bigrams cannot reach the threshold when lengths differ too much.
        const ratio = Math.min(from.text.length, to.text.length) / Math.max(from.text.length, to.text.length);
        if (ratio < threshold * 0.8) continue;
        const sim = from.text === to.text ? 1 : DiceCoefficient(from.text, to.text);
        if (sim >= threshold && (!best || sim > best.sim)) best = { s: from, sim };
      }
      if (!best) continue;
      const side = (r: AnalyzedReport, u: TextUnit) => {
        const m = sourceMapper(r);
        return { file: r.analysis.file, year: r.analysis.year, ...m.span(u.start, u.end), text: m.quote(u.start, u.end) };
      };
      out.push({ similarity: round(best.sim), from: side(reports[i - 1]!, best.s), to: side(reports[i]!, to) });
    }
  }
  return out;
}

/**
 * Every sentence, plan parts included: a copied plan is as telling as a copied review. The title
 * line is left out: it is meant to stay the same from year to year.
 */
const allSentences = (r: AnalyzedReport): TextUnit[] => {
  const title = r.analysis.title;
  return sentencesWhere(r, () => true).filter((s) => !title || s.end <= title.start || s.start >= title.end);
};

/**
 * The period a report's work covers: its year of work, and the half for a half-year report. A
 * government work report delivered in Y is already dated Y−1 by its year (document/year.ts).
 */
export function periodOf(r: AnalyzedReport): string | null {
  if (r.analysis.year === null) return null;
  return r.analysis.kind === 'half-year' ? `${r.analysis.year} H1` : String(r.analysis.year);
}

/**
 * Whether report i covers the year of report i − 1 (a plan and a review of one year, a half-year
 * report and the year's review, two departments' reviews): their differences are no change over time.
 */
const samePeriod = (periods: Array<string | null>, i: number) => i > 0 && periods[i] !== null && yearOfPeriod(periods[i]!) === yearOfPeriod(periods[i - 1] ?? '');
const yearOfPeriod = (period: string) => period.slice(0, 4);

export function trend(reports: AnalyzedReport[], segmenter: Segmenter, options: TrendOptions = {}): TrendJson {
  const ordered = orderByYear(reports);
  const periods = ordered.map(periodOf);
  return {
    documents: ordered.map((r, i) => ({
      file: r.analysis.file,
      year: r.analysis.year,
      kind: r.analysis.kind,
      period: periods[i]!,
      samePeriodAsPrevious: samePeriod(periods, i),
    })),
    metrics: metricSeries(ordered, periods),
    terms: termTable(ordered, periods, segmenter, options.keyTerms ?? 20),
    carriedOver: carriedOver(ordered, options.carryOver ?? 0.8, options.minSentence ?? 12),
  };
}
