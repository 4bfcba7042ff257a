/** Spans of text inside paired quotation marks and title marks. */

export interface Span {
  start: number;
  end: number;
}

/** Opening → closing marks of quotations and titles; what they enclose is a name or a slogan. */
const QUOTES: Record<string, string> = {
  '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '"': '"',
};

/** Spans enclosed in paired quotes or title marks inside [from, to). Unpaired marks are ignored. */
export function quotedSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const top = stack[stack.length - 1];
    if (top && ch === top.close) {
      stack.pop();
      spans.push({ start: top.at, end: i + 1 });
    } else if (ch in QUOTES) {
      stack.push({ close: QUOTES[ch]!, at: i });
    }
  }
  return spans;
}

