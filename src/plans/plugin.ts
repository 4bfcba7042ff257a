/** unified plugin: stores the plan items of the tree on `file.data.planItems`. Runs after roles. */
import type { VFile } from 'vfile';
import type { Root } from '../tree/types.js';
import { findPlanItems, type PlanItemNode } from './plan-items.js';

declare module 'vfile' {
  interface DataMap {
    planItems: PlanItemNode[];
  }
}

export default function planItems() {
  return (tree: Root, file: VFile) => {
    file.data.planItems = findPlanItems(tree, String(file.value), file.data.kind ?? 'summary', file.data.year ?? null);
  };
}
