/** Lines of a text with offsets; CRLF, CR and LF all end a line, and the text is never changed. */
export interface Line {
  start: number;
  /** End of the line's content, before its line terminator. */
  end: number;
  /** First character after indentation (spaces, tabs, NBSP, full-width spaces, a stray BOM, Markdown `#`s). */
  contentStart: number;
}

const INDENT = /[ \t\u00a0\u3000\ufeff\u2002\u2003\u200b]/;

/** A Markdown heading's hashes (`## 一、主要工作` in a .md report) stand before the marker like indentation. */
const MD_HEADING = /#{1,6}[ \t]+/y;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    let contentStart = start;
    while (contentStart < end && INDENT.test(text[contentStart]!)) contentStart++;
    MD_HEADING.lastIndex = contentStart;
    if (MD_HEADING.test(text) && MD_HEADING.lastIndex <= end) contentStart = MD_HEADING.lastIndex;
    lines.push({ start, end, contentStart });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

export const isBlank = (line: Line): boolean => line.contentStart >= line.end;
