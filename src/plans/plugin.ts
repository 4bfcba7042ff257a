/**
 * unified plugin: the plan items of the tree, with their deadlines and keywords, on
 * `file.data.planItems`. Runs after roles (which parts are plans) and metrics (their targets).
 */
import type { VFile } from 'vfile';
import type { Root } from '../tree/types.js';
import { createSegmenter, type Segmenter, type Token } from '../segment/segmenter.js';
import { tokensOf } from '../segment/token-cache.js';
import { findPlanItems, type PlanItemFacts } from './plan-items.js';
import { findDeadlines } from './deadlines.js';
import { taskKeywords } from './keywords.js';
import { spansWithin } from '../text/sorted-spans.js';

declare module 'vfile' {
  interface DataMap {
    planItems: PlanItemFacts[];
  }
}

export interface PlanItemsOptions {
  segmenter?: Segmenter;
}

export default function planItems(options: PlanItemsOptions = {}) {
  let segmenter = options.segmenter;
  return (tree: Root, file: VFile) => {
    const text = String(file.value);
    const found = findPlanItems(tree, text, file.data.kind ?? 'summary', file.data.year ?? null, (file.data.metrics ?? []).map((m) => m.start));
    const spans = found.map((p) => ({ start: p.section.position.start.offset!, end: p.section.position.end.offset! }));
    segmenter ??= createSegmenter();
    const seg = segmenter;
    // A task's title names it; its body adds the clauses already cut for their numbers.
    // Cutting every body sentence again would double the cost of a parse for little gain.
    // Sorted by start, so that each task finds its lists by binary search: scanning every list for
    // every task made long plans quadratic.
    const cached = [...(file.data.tokenCache?.values() ?? [])].filter((l) => l.length).sort((a, b) => a[0]!.start - b[0]!.start);
    const tokens = found.map((p, i) => {
      const { start, end } = spans[i]!;
      // A set: the title's tokens may be among the cached lists already.
      const lists = new Set<Token[]>();
      const heading = p.section.children[0];
      if (heading?.type === 'heading') for (const s of heading.children) lists.add(tokensOf(file, seg, text, s.position.start.offset!, s.position.end.offset!));
      for (const list of spansWithin(cached, start, end, (l) => ({ start: l[0]!.start, end: l[l.length - 1]!.end }))) lists.add(list);
      return [...lists].flat();
    });
    const keywords = taskKeywords(tokens);
    file.data.planItems = found.map((p, i) => ({ ...p, deadlines: findDeadlines(text, spans[i]!.start, spans[i]!.end), keywords: keywords[i]! }));
  };
}
