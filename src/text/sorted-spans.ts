/**
 * Binary search over spans sorted by start. Finding, for each of n sections, the facts inside it
 * by scanning every fact made long documents quadratic (issue 12, row 5).
 */

/** The index of the first item whose start is at or after `start` (items.length if none). */
export function firstStartingAt<T>(items: readonly T[], start: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]!) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items that lie wholly inside [start, end), in their order; `items` must be sorted by start. */
export function spansWithin<T>(items: readonly T[], start: number, end: number, span: (item: T) => { start: number; end: number }): T[] {
  const inside: T[] = [];
  for (let k = firstStartingAt(items, start, (item) => span(item).start); k < items.length && span(items[k]!).start <= end; k++) {
    if (span(items[k]!).end <= end) inside.push(items[k]!);
  }
  return inside;
}
