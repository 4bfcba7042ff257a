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
  // Jump from mark to mark: most sentences hold none, and this runs on every sentence. The search
  // runs on [from, to) alone, so that a sentence without marks does not scan the rest of the text.
  const part = text.slice(from, to);
  MARK.lastIndex = 0;
  for (let m = MARK.exec(part); m; m = MARK.exec(part)) {
    const ch = m[0];
    const at = from + m.index;
    const top = stack[stack.length - 1];
    if (top && ch === top.close) {
      stack.pop();
      spans.push({ start: top.at, end: at + 1 });
    } else if (Object.hasOwn(QUOTES, ch)) {
      stack.push({ close: QUOTES[ch]!, at });
    }
  }
  return spans;
}

