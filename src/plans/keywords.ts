/**
 * Keywords of each plan task: its content terms weighted by TF-IDF across the tasks of the same
 * plan, so words every task shares (党建, 工作) give way to what sets a task apart.
 */
import type { Token } from '../segment/segmenter.js';
import { contentTermsOf } from '../segment/content-terms.js';
import { TermSpace } from '../segment/tfidf.js';

/** Keywords of each task, given each task's tokens. */
export function taskKeywords(tasks: Token[][], limit = 5): string[][] {
  const space = new TermSpace();
  const indices = tasks.map((tokens) => space.add(contentTermsOf(tokens)));
  return indices.map((i) =>
    [...space.vector(i)]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([term]) => term),
  );
}
