/**
 * Keywords of each plan task: its content terms weighted by TF-IDF across the tasks of the same
 * plan, so words every task shares (党建, 工作) give way to what sets a task apart. This runs on
 * every parse, so it counts document frequencies once instead of asking a TF-IDF index per term.
 */
import type { Token } from '../segment/segmenter.js';
import { contentTermsOf } from '../segment/content-terms.js';

/** Keywords of each task, given each task's tokens; ties go to the term seen first. */
export function taskKeywords(tasks: Token[][], limit = 5): string[][] {
  const counts = tasks.map((tokens) => {
    const tf = new Map<string, number>();
    for (const term of contentTermsOf(tokens)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  // natural's weighting, so keywords and comparison agree: idf = 1 + ln(N / (1 + df)).
  const idf = (term: string) => 1 + Math.log(tasks.length / (1 + df.get(term)!));
  return counts.map((tf) =>
    [...tf]
      .map(([term, n]) => [term, n * idf(term)] as const)
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([term]) => term),
  );
}
