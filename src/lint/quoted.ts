/**
 * Spans of quoted titles (`《…》`, within a line): a document's name is cited as it was issued, so a
 * rule that judges wording (an outdated or misspelt formulation, a half-width mark) leaves it alone.
 */
export function titleSpans(text: string): Array<[start: number, end: number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/《[^《》\n]*》/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export const inSpans = (spans: Array<[number, number]>, start: number, end: number) => spans.some(([s, e]) => start >= s && end <= e);
