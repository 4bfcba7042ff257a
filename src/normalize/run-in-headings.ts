/**
 * Headings run into one line, as a web page copied or scraped onto a single line leaves them
 * (`…效能。一、强化政治统领（一）坚持…1.落实…`). A marker in a long line starts a heading of its
 * own when it stands where a line once began — after sentence-final punctuation or a colon, after
 * a wide run of spaces (the indentation that survived), or right after the short title of the
 * heading above it — and continues its level's sequence: the next number, or 1 under a new
 * parent. Inline lists (`一、二、三产`, `“一、二、三”`) do neither and are left alone.
 */
import type { Line } from '../parse/lines.js';
import { matchLineMarker } from '../headings/markers.js';
import type { Level } from '../tree/types.js';

/** Only lines this long can hold a scraped page's headings; ordinary paragraphs are left to the parser. */
export const RUN_IN_MIN_LINE = 150;

export interface Break {
  /** The whitespace before the marker, deleted: [from, at). */
  from: number;
  /** Where the marker starts: a line break goes before it. */
  at: number;
}

const MARKER_START = /[一二三四五六七八九十（(㈠-㈩0-9①-⑳⑴-⒇]/g;
const LINE_END_BEFORE = /[。！？；：!?;:]|[。！？!?][”’」』）)]/;
const SPACE = /[ \t\u00a0\u3000]/;
/** A title runs at most this far before the first heading under it (`一、2021年主要工作（一）…`). */
const MAX_TITLE = 40;

const depth = (level: Level) => (level === 'item' ? 5 : level);

export function findRunInHeadings(text: string, lines: Line[], dropped: Set<number>): Break[] {
  const breaks: Break[] = [];
  // The last ordinal seen at each level, reset below a heading that opens a new parent.
  const last = [0, 0, 0, 0, 0];
  const seen = (level: number, ordinal: number) => {
    last[level] = ordinal;
    for (let l = level + 1; l <= 4; l++) last[l] = 0;
  };
  lines.forEach((line, index) => {
    if (dropped.has(index) || line.contentStart >= line.end) return;
    const first = matchLineMarker(text, line.contentStart);
    if (first && first.level !== 'item' && first.ordinal) seen(first.level, first.ordinal);
    if (line.end - line.contentStart < RUN_IN_MIN_LINE) return;
    // The heading just opened in this line, so its first child may follow its title directly.
    let open: { level: number; titleStart: number } | null = first && first.level !== 'item' ? { level: depth(first.level), titleStart: first.end } : null;
    MARKER_START.lastIndex = line.contentStart + 1;
    for (let m = MARKER_START.exec(text); m && m.index < line.end; m = MARKER_START.exec(text)) {
      const at = m.index;
      const marker = matchLineMarker(text, at);
      if (!marker || marker.level === 'item' || !marker.ordinal) continue;
      const level = depth(marker.level);
      let from = at;
      while (from > line.contentStart && SPACE.test(text[from - 1]!)) from--;
      const before = text.slice(Math.max(line.contentStart, from - 2), from);
      const indented = at - from >= 2;
      const afterPunctuation = LINE_END_BEFORE.test(before.slice(-1)) || /^[。！？!?][”’」』）)]$/.test(before);
      const underTitle =
        open !== null && level > open.level && marker.ordinal === 1 && at - open.titleStart <= MAX_TITLE && at > open.titleStart && !/[。！？；!?;]/.test(text.slice(open.titleStart, at));
      if (!afterPunctuation && !indented && !underTitle) continue;
      if (!(marker.ordinal === 1 || marker.ordinal === last[level]! + 1)) continue;
      if (isInlineList(text, at, marker.end)) continue;
      // A marker needs words after it.
      if (!/[^\s\u3000\u00a0，,。；;、]/.test(text[marker.end] ?? '')) continue;
      breaks.push({ from, at });
      seen(level, marker.ordinal);
      open = { level, titleStart: marker.end };
      MARKER_START.lastIndex = marker.end;
    }
  });
  return breaks;
}

/** `一、二、三产`, `“一、二、三”`, `1、2、3月`: a numeral list, not a heading. */
function isInlineList(text: string, start: number, end: number): boolean {
  if (/[“"‘'「]/.test(text[start - 1] ?? '')) return true;
  return /^[一二三四五六七八九十0-9]+[、.．，,]/.test(text.slice(end, end + 4)) || /[0-9]/.test(text[end] ?? '') && /[、]$/.test(text.slice(start, end));
}
