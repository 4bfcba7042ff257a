/**
 * Hard-wrapped lines, as PDF text extraction leaves them: every line of a paragraph as long as the
 * page is wide, the paragraph's last line shorter. A text is hard-wrapped when most of its long
 * lines are about one length, nothing is much longer, and those lines mostly stop mid-sentence.
 * In such a text a line that is about full and stops short of closing punctuation continues on
 * the next, unless the next opens a heading. Page furniture between the two is passed over.
 */
import type { Line } from '../parse/lines.js';
import { findItemMarkers, matchLineMarker } from '../headings/markers.js';

export interface Join {
  /** Delete [from, to): the end of one line's content to the start of the next one's. */
  from: number;
  to: number;
  /** Two Latin words meet: keep a space between them. */
  space: boolean;
}

/** Sentence-closing marks: a line that ends in one may end its paragraph. */
const CLOSING = /[。！？；：!?;:]$|[。！？!?][”’」』）)]$/;
/** From here on a character takes two columns (CJK, full-width forms). */
const WIDE = 0x1100;
/** Latin letters: two words broken by a wrap keep a space; digits of one number do not (`8\n5%`). */
const LATIN = /[A-Za-z]/;
const TRAILING_SPACE = /[\s\u3000\u00a0\f]/;

interface Measured {
  index: number;
  /** Characters of the line up to its last non-space character (indentation included). */
  chars: number;
  /** The same in columns: a Chinese character is two, an ASCII one one. */
  columns: number;
  contentEnd: number;
}

export function findWrappedLines(text: string, lines: Line[], dropped: Set<number>): Join[] {
  const measured: Measured[] = [];
  lines.forEach((line, index) => {
    if (dropped.has(index) || line.contentStart >= line.end) return;
    let end = line.end;
    while (end > line.contentStart && TRAILING_SPACE.test(text[end - 1]!)) end--;
    if (end === line.contentStart) return;
    let columns = 0;
    for (let i = line.start; i < end; i++) columns += text.charCodeAt(i) >= WIDE ? 2 : 1;
    measured.push({ index, chars: end - line.start, columns, contentEnd: end });
  });
  if (measured.length < 6) return [];

  const fullChars = percentile(measured.map((m) => m.chars), 0.8);
  const fullColumns = percentile(measured.map((m) => m.columns), 0.8);
  // A wrap width is a page's (a PDF line of a 公文 holds 28 characters), not a paragraph's.
  if (fullChars > 200 || fullChars < 16) return [];
  const isFull = (m: Measured) => m.chars >= 0.85 * fullChars || m.columns >= 0.85 * fullColumns;
  const full = measured.filter(isFull);
  const longer = measured.filter((m) => m.chars > 1.2 * fullChars && m.columns > 1.2 * fullColumns);
  const open = full.filter((m) => !CLOSING.test(text.slice(m.contentEnd - 2, m.contentEnd)));
  // Several lines must stop mid-sentence at the same width: a handful of short lines proves nothing.
  const wrapped = open.length >= 5 && full.length >= 0.3 * measured.length && longer.length <= 0.05 * measured.length && open.length >= 0.5 * full.length;
  if (!wrapped) return [];

  const joins: Join[] = [];
  for (let k = 0; k + 1 < measured.length; k++) {
    const a = measured[k]!;
    const b = measured[k + 1]!;
    if (!isFull(a) || CLOSING.test(text.slice(a.contentEnd - 2, a.contentEnd))) continue;
    // A blank line between the two ends the paragraph; dropped furniture does not.
    if (hasBlankBetween(lines, a.index, b.index, dropped)) continue;
    const next = lines[b.index]!;
    if (opensHeading(text, next.contentStart)) continue;
    const space = LATIN.test(text[a.contentEnd - 1]!) && LATIN.test(text[next.contentStart]!);
    joins.push({ from: a.contentEnd, to: next.contentStart, space });
  }
  return joins;
}

/**
 * A heading marker, but not a month list that a wrap happened to put first (`3、4月`); or a
 * second or later item (`二是…`), as a plan listed an item a line leaves it.
 */
function opensHeading(text: string, at: number): boolean {
  const marker = matchLineMarker(text, at);
  if (marker) return !(marker.level === 3 && /[0-9]/.test(text[marker.end] ?? ''));
  const [item] = findItemMarkers(text, at, at + 4, null);
  return item !== undefined && item.start === at && item.ordinal! >= 2;
}

function hasBlankBetween(lines: Line[], a: number, b: number, dropped: Set<number>): boolean {
  for (let i = a + 1; i < b; i++) if (!dropped.has(i) && lines[i]!.contentStart >= lines[i]!.end) return true;
  return false;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
