/** Sentence spans of a paragraph: a sentence ends at 。！？ or ；, with any closing quotes after it. */
export interface Span {
  start: number;
  end: number;
}

const END = /[。！!？?；;]/;
const CLOSER = /[”’」』）)》]/;
const SPACE = /[\s\u3000\u00a0\ufeff]/;

/** Trims whitespace off both ends of [start, end); null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function splitSentences(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (!END.test(text[i]!)) continue;
    let end = i + 1;
    while (end < to && (END.test(text[end]!) || CLOSER.test(text[end]!))) end++;
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
    i = end - 1;
  }
  const tail = trimSpan(text, start, to);
  if (tail) spans.push(tail);
  return spans;
}
