/** Spans of text inside paired quotation marks and title marks. */

export interface Span {
  start: number;
  end: number;
}

/** Opening → closing marks of quotations and titles; what they enclose is a name or a slogan. */
const QUOTES: Record<string, string> = {
  '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '"': '"',
};

const MARK = /[“”‘’「」『』《》〈〉"]/g;

/** Spans enclosed in paired quotes or title marks inside [from, to). Unpaired marks are ignored. */
export function quotedSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  // Jump from mark to mark: most sentences hold none, and this runs on every sentence.
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) {
    const ch = m[0];
    const top = stack[stack.length - 1];
    if (top && ch === top.close) {
      stack.pop();
      spans.push({ start: top.at, end: m.index + 1 });
    } else if (Object.hasOwn(QUOTES, ch)) {
      stack.push({ close: QUOTES[ch]!, at: m.index });
    }
  }
  return spans;
}

