/**
 * A heading's title: the rest of the line for a line heading, or the words up to the first
 * `。`/`；`/`：` (`;`/`:`) for a run-in heading whose body follows on the same line.
 */

/** Where a run-in title stops. `！？` end a sentence just as `。` does. */
const TITLE_END_ONE = /[。；;：:！!？?]/;
const SPACE = /[\s\u3000\u00a0]/;

export interface TitleSpan {
  titleStart: number;
  titleEnd: number;
  /** End of the heading: the title plus the punctuation that closed it. */
  headingEnd: number;
  /** Body text follows on the same line. */
  runIn: boolean;
}

export function cutTitle(text: string, from: number, lineEnd: number): TitleSpan {
  let titleStart = from;
  while (titleStart < lineEnd && SPACE.test(text[titleStart]!)) titleStart++;
  // Searched within the line alone, so a line without a stop does not scan the rest of the text.
  const m = TITLE_END_ONE.exec(text.slice(titleStart, lineEnd));
  const stop = m ? titleStart + m.index : lineEnd;
  let titleEnd = stop;
  while (titleEnd > titleStart && SPACE.test(text[titleEnd - 1]!)) titleEnd--;
  let headingEnd = stop < lineEnd ? stop + 1 : lineEnd;
  // Closing quotes or brackets right after the stop belong to the heading (`…“防火墙”。`).
  while (headingEnd < lineEnd && /[”’」』）)]/.test(text[headingEnd]!)) headingEnd++;
  const rest = text.slice(headingEnd, lineEnd);
  const runIn = /[^\s\u3000\u00a0]/.test(rest);
  if (!runIn) {
    headingEnd = lineEnd;
    while (headingEnd > titleEnd && SPACE.test(text[headingEnd - 1]!)) headingEnd--;
  }
  return { titleStart, titleEnd, headingEnd, runIn };
}
