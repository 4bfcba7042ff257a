import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { extractMetrics, type Metric } from '../../src/metrics/extract.js';

export const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/metrics/${name}`, import.meta.url)), 'utf8');

/** Non-comment, non-blank lines of a fixture. */
export const lines = (name: string) =>
  fixture(name)
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));

const segmenter = createSegmenter();

/** Metrics of `sentence` standing alone, or embedded after `prefix` to check absolute offsets. */
export function metricsOf(sentence: string, prefix = ''): { text: string; metrics: Metric[] } {
  const text = prefix + sentence;
  const span = { start: prefix.length, end: text.length };
  const tokens = segmenter.tokenize(sentence, prefix.length);
  return { text, metrics: extractMetrics(text, span, tokens) };
}
