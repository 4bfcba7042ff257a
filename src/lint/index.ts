/**
 * lint(): proofread a report before it is sent. Each rule is a unified plugin (rules/) that reports
 * vfile messages with a rule id, `source: 'baogao'`, `actual` and, where one exists, `expected`.
 * Rules that judge how the text is written (placeholders, punctuation) read the text as read;
 * rules that judge its structure (numbering, repeated sentences) read the parse tree, and their
 * spans are mapped back, so every finding's `start`/`end` slices the text as read.
 *
 * Severities are what proofreaders use: error (certain), warn (likely), info (a style hint, off
 * unless asked for). Each rule has a default; options switch it or change it.
 */
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { AnalyzedReport } from '../analyze.js';
import type { Root } from '../tree/types.js';
import { createSegmenter, type Segmenter } from '../segment/segmenter.js';
import { planRanges } from '../compare/units.js';
import formulation from './rules/formulation.js';
import numbering, { type ParseProblem } from './rules/numbering.js';
import outdatedFormulation from './rules/outdated-formulation.js';
import yearConsistency, { type YearData } from './rules/year-consistency.js';
import punctuation from './rules/punctuation.js';
import repeatedText from './rules/repeated-text.js';
import unfilledPlaceholder from './rules/unfilled-placeholder.js';

export type Severity = 'off' | 'info' | 'warn' | 'error';

export interface LintRule {
  id: string;
  /** The text the rule reads: as written, or the parse tree over the normalised text. */
  reads: 'source' | 'tree';
  severity: Exclude<Severity, 'off'>;
  summary: string;
  plugin: Plugin<[{ segmenter?: Segmenter }?], Root>;
}

export const RULES: readonly LintRule[] = [
  { id: 'unfilled-placeholder', reads: 'source', severity: 'error', summary: '模板占位符未填写 a template value left unfilled (xx次, 20xx年, XX局, 某某)', plugin: unfilledPlaceholder },
  { id: 'numbering', reads: 'tree', severity: 'warn', summary: '序号重复、跳号、括号不一 repeated, skipped or mixed-bracket numbers', plugin: numbering },
  { id: 'repeated-text', reads: 'tree', severity: 'warn', summary: '语句重复 a sentence written twice', plugin: repeatedText },
  { id: 'formulation', reads: 'source', severity: 'error', summary: '提法、错别字 a formulation written wrong or with wrong members (两个“维护”), a misspelt fixed term (条列)', plugin: formulation },
  { id: 'outdated-formulation', reads: 'source', severity: 'warn', summary: '提法已更新 a formulation superseded before the report’s year (学习贯彻党的十九大精神 in 2023)', plugin: outdatedFormulation },
  { id: 'year-consistency', reads: 'source', severity: 'warn', summary: '年份不符 a plan part for one year planning another, a summary of Y calling Y 明年', plugin: yearConsistency },
  { id: 'punctuation', reads: 'source', severity: 'warn', summary: '标点 doubled marks, unbalanced quotes and brackets, ASCII marks in Chinese', plugin: punctuation },
];

export interface LintOptions {
  /** Severity per rule id, over the rule's default; `off` switches it off. */
  rules?: Record<string, Severity>;
  /** jieba, for the rules that need word boundaries (`formulation`); made when needed if not given. */
  segmenter?: Segmenter;
}

export interface LintMessage {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  reason: string;
  /** Offsets into the text as read, and 1-based line and column of the start. */
  start: number;
  end: number;
  line: number;
  column: number;
  actual: string;
  expected: string[] | null;
}

/** A rule id that is not one of RULES. */
export class UnknownRuleError extends Error {}

/** The severity each rule runs at. */
export function severities(options: LintOptions = {}): Map<string, Severity> {
  const out = new Map<string, Severity>(RULES.map((r) => [r.id, r.severity]));
  for (const [id, severity] of Object.entries(options.rules ?? {})) {
    if (!out.has(id)) throw new UnknownRuleError(`unknown lint rule "${id}" (${RULES.map((r) => r.id).join(', ')})`);
    out.set(id, severity);
  }
  return out;
}

/** The findings of the enabled rules, in text order, with offsets into `report.source`. */
export function lint(report: AnalyzedReport, options: LintOptions = {}): LintMessage[] {
  const levels = severities(options);
  const enabled = RULES.filter((r) => levels.get(r.id) !== 'off');
  const found: Array<{ ruleId: string; reason: string; start: number; end: number; actual: string; expected: string[] | null }> = [];
  for (const reads of ['source', 'tree'] as const) {
    const rules = enabled.filter((r) => r.reads === reads);
    if (!rules.length) continue;
    const file = new VFile({ value: reads === 'source' ? report.source : report.text, path: report.document.file ?? undefined });
    if (reads === 'tree') file.data = { ...file.data, parseProblems: parseProblems(report) };
    else file.data = { ...file.data, ...yearData(report) };
    const processor = unified();
    const segmenter = rules.some((r) => r.id === 'formulation') ? (options.segmenter ?? createSegmenter()) : undefined;
    for (const rule of rules) processor.use(rule.plugin, { segmenter });
    processor.runSync(report.tree, file);
    for (const m of file.messages) {
      let start = m.place && 'start' in m.place ? m.place.start.offset! : 0;
      let end = m.place && 'end' in m.place ? m.place.end.offset! : start;
      if (reads === 'tree') ({ start, end } = report.map.span(start, end));
      found.push({ ruleId: m.ruleId!, reason: m.reason, start, end, actual: report.source.slice(start, end), expected: (m.expected as string[] | undefined) ?? null });
    }
  }
  const place = location(report.source);
  return found
    .sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId))
    .map((f) => {
      const point = place.toPoint(f.start) ?? { line: 1, column: 1 };
      return { ...f, severity: levels.get(f.ruleId) as LintMessage['severity'], line: point.line, column: point.column };
    });
}

/**
 * The report's year of work and kind, and its plan parts (compare/units.ts `planRanges`: the parts
 * whose role is plans, or a plan document whole) with the year their plan items are for, mapped to
 * the text as read.
 */
function yearData(report: AnalyzedReport): YearData {
  const { year, kind, planItems } = report.analysis;
  const planParts = planRanges(report).map((r) => ({
    ...report.map.span(r.start, r.end),
    year: planItems.find((p) => p.start >= r.start && p.end <= r.end && p.year !== null)?.year ?? (kind === 'plan' ? year : null),
  }));
  return { year, kind, planParts };
}

/** The parser's numbering messages (headings/numbering.ts), with offsets into `report.text`. */
function parseProblems(report: AnalyzedReport): ParseProblem[] {
  return report.file.messages
    .filter((m) => m.ruleId && m.place && 'start' in m.place)
    .map((m) => {
      const place = m.place as { start: { offset?: number }; end: { offset?: number } };
      return { ruleId: m.ruleId!, reason: m.reason, start: place.start.offset ?? 0, end: place.end.offset ?? place.start.offset ?? 0 };
    });
}
