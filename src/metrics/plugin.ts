/**
 * unified plugin: metrics of every sentence of the report tree, with the path of section titles,
 * on `file.data.metrics`; each masked number is also an info message (an unfilled template value).
 *
 *   unified().use(reportParse).use(metrics, { segmenter })
 */
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { visitParents } from 'unist-util-visit-parents';
import type { Root, Section, Sentence } from '../tree/types.js';
import { createSegmenter, type Segmenter } from '../segment/segmenter.js';
import { tokensOf } from '../segment/token-cache.js';
import { extractMetrics, type Metric } from './extract.js';
import { loadUnits, type UnitLexicon } from './units.js';
import { findQuantities } from './numbers.js';
import { CLAUSE_MARKS } from '../text/clauses.js';

declare module 'vfile' {
  interface DataMap {
    metrics: Metric[];
  }
}

export interface MetricsOptions {
  /** Segmenter to tokenize sentences with; default `createSegmenter()`. */
  segmenter?: Segmenter;
  /** A units lexicon, or extra unit files added to the bundled one. */
  units?: UnitLexicon | string[];
}

/**
 * The text the tree's offsets point into. When the file carries no value, the sentences' own
 * values are laid out at their offsets (extraction never looks outside a sentence).
 */
function textOf(tree: Root, file: VFile): string {
  if (file.value !== undefined && file.value !== null) return String(file.value);
  const chars: string[] = Array.from({ length: tree.position.end.offset ?? 0 }, () => ' ');
  visitParents(tree, 'sentence', (node: Sentence) => {
    const start = node.position.start.offset!;
    for (let i = 0; i < node.value.length; i++) chars[start + i] = node.value[i]!;
  });
  return chars.join('');
}

const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS}]`, 'g');

/**
 * The clauses of a sentence that hold a quantity, each with the mark that ends it. Attribution
 * never reads across a clause mark, and jieba cuts at those marks anyway, so segmenting only
 * these clauses gives the same tokens where they matter at a fraction of the cost.
 */
function clausesHolding(text: string, start: number, end: number, quantities: Array<{ start: number }>): Array<{ start: number; end: number }> {
  const clauses: Array<{ start: number; end: number }> = [];
  let from = start;
  const sentence = text.slice(start, end); // searched alone: the rest of the text is not this sentence's
  CLAUSE_MARK.lastIndex = 0;
  for (;;) {
    const m = CLAUSE_MARK.exec(sentence);
    const to = m ? start + m.index + 1 : end;
    if (quantities.some((q) => q.start >= from && q.start < to)) clauses.push({ start: from, end: to });
    if (to >= end) return clauses;
    from = to;
  }
}

export default function metrics(options: MetricsOptions = {}) {
  let segmenter = options.segmenter;
  const units = Array.isArray(options.units) ? loadUnits(options.units) : (options.units ?? loadUnits());

  return (tree: Root, file: VFile) => {
    segmenter ??= createSegmenter(); // created on first use: loading jieba takes a moment
    const text = textOf(tree, file);
    const place = location(text);
    const found: Metric[] = [];

    visitParents(tree, 'sentence', (node: Sentence, ancestors) => {
      const start = node.position.start.offset;
      const end = node.position.end.offset;
      if (start === undefined || end === undefined) return;
      // Segmentation is most of the cost of a parse: only sentences holding a number need it.
      const quantities = findQuantities(text, start, end, units);
      if (quantities.length === 0) return;
      const section = ancestors.filter((a): a is Section => a.type === 'section').map((s) => s.title);
      const tokens = clausesHolding(text, start, end, quantities).flatMap((c) => tokensOf(file, segmenter!, text, c.start, c.end));
      for (const metric of extractMetrics(text, { start, end }, tokens, { units, quantities })) found.push({ ...metric, section });
    });

    // In text order; a span is counted once even if two sentence nodes were to cover it.
    const seen = new Set<number>();
    file.data.metrics = found.sort((a, b) => a.start - b.start).filter((m) => !seen.has(m.start) && seen.add(m.start));
    // A message is an Error underneath; its JS stack says nothing about the report and capturing
    // one per masked number (templates have dozens) is a measurable share of a parse.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      for (const metric of file.data.metrics) {
        if (!metric.masked) continue;
        file.info(`Unfilled template value “${metric.quantity}”`, {
          place: { start: place.toPoint(metric.start)!, end: place.toPoint(metric.end)! },
          ruleId: 'masked-number',
          source: 'baogao',
        });
      }
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  };
}
