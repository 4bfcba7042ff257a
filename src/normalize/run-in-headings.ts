/**
 * Headings run into one line, as a web page copied or scraped onto a single line leaves them
 * (`…效能。一、强化政治统领（一）坚持…1.落实…`). A marker in a long line starts a heading of its
 * own when it stands where a line once began — after sentence-final punctuation or a colon, after
 * a wide run of spaces (the indentation that survived), or right after the short title of the
 * heading above it — and continues its level's sequence: the next number (under this parent or
 * across parents, as tasks numbered through a plan are), or 1. Inline lists (`一、二、三产`,
 * `“一、二、三”`, `1、2月`) do neither and are left alone.
 *
 * A line that holds two or more such headings is a scraped page, whose line breaks are all lost;
 * there a part's title that names the part (`2021年主要工作`, `存在的问题`) ends after its name,
 * a first item (`一是`) right after a title starts its paragraph, and so does a closing plan cue
 * (`下一步，我们将…`) after the last part, for the parser to judge like any line.
 */
import type { Line } from '../parse/lines.js';
import { findItemMarkers, matchLineMarker, matchPlanCue, type Marker } from '../headings/markers.js';
import { partNameEnd } from '../headings/roles.js';

/** Only lines this long can hold a scraped page's headings; ordinary paragraphs are left to the parser. */
export const RUN_IN_MIN_LINE = 150;

export interface Break {
  /** The whitespace before the break, deleted: [from, at). */
  from: number;
  /** Where a line break goes. */
  at: number;
}

/** NEXT_NUMERAL[n] is the numeral after n. */
const NEXT_NUMERAL = '一二三四五六七八九十';
const MARKER_START = /[一二三四五六七八九十（(㈠-㈩0-9①-⑳⑴-⒇]/g;
const LINE_END_BEFORE = /[。！？；：!?;:]$|[。！？!?][”’」』）)]$/;
const SENTENCE_END = /[。！？；!?;]/;
const SPACE = /[ \t\u00a0\u3000]/;
/** A title runs at most this far before the first heading or item under it (`一、2021年主要工作（一）…`). */
const MAX_TITLE = 40;

type Depth = 1 | 2 | 3 | 4;

export function findRunInHeadings(text: string, lines: Line[], dropped: Set<number>): Break[] {
  const breaks: Break[] = [];
  if (!lines.some((l) => l.end - l.contentStart >= RUN_IN_MIN_LINE)) return breaks;
  // The last ordinal at each level under the current parent, and the last one anywhere.
  const last = [0, 0, 0, 0, 0];
  const lastAnywhere = [0, 0, 0, 0, 0];
  const seen = (level: Depth, ordinal: number) => {
    last[level] = ordinal;
    lastAnywhere[level] = ordinal;
    for (let l = level + 1; l <= 4; l++) last[l] = 0;
  };
  lines.forEach((line, index) => {
    if (dropped.has(index) || line.contentStart >= line.end) return;
    const first = matchLineMarker(text, line.contentStart);
    if (first?.ordinal && first.level !== 'item') seen(first.level, first.ordinal);
    if (line.end - line.contentStart < RUN_IN_MIN_LINE) return;

    const headings: Marker[] = first && first.level !== 'item' ? [first] : [];
    const lineBreaks: Break[] = [];
    MARKER_START.lastIndex = line.contentStart + 1;
    for (let m = MARKER_START.exec(text); m && m.index < line.end; m = MARKER_START.exec(text)) {
      const marker = matchLineMarker(text, m.index);
      if (!marker?.ordinal || marker.level === 'item') continue;
      const level = marker.level;
      const from = spaceBefore(text, line.contentStart, marker.start);
      const open = headings[headings.length - 1];
      const underTitle = open !== undefined && level > (open.level as Depth) && isShortTitle(text, open.end, marker.start);
      if (!LINE_END_BEFORE.test(text.slice(Math.max(0, from - 2), from)) && marker.start - from < 2 && !underTitle) continue;
      if (!(marker.ordinal === 1 || marker.ordinal === last[level]! + 1 || marker.ordinal === lastAnywhere[level]! + 1)) continue;
      if (isInlineList(text, marker) || !hasWords(text, marker.end)) continue;
      lineBreaks.push({ from, at: marker.start });
      headings.push(marker);
      seen(level, marker.ordinal);
      MARKER_START.lastIndex = marker.end;
    }

    const scraped = headings.length >= 2;
    if (scraped) lineBreaks.push(...scrapedPageBreaks(text, line, headings));
    breaks.push(...lineBreaks);
  });
  return breaks;
}

/**
 * On a scraped page: a part's title that names the part ends after the name; a first item right
 * after a heading's title, or after indentation, starts a paragraph; so does a plan cue after a
 * sentence end in the last part.
 */
function scrapedPageBreaks(text: string, line: Line, headings: Marker[]): Break[] {
  const out: Break[] = [];
  headings.forEach((h, k) => {
    const next = headings[k + 1]?.start ?? line.end;
    // The title's clause: up to the first punctuation, the next heading, or MAX_TITLE.
    const clauseEnd = Math.min(next, h.end + MAX_TITLE, firstIndex(text, /[，。；：,;:！？!?]/, h.end, line.end));
    if (h.level === 1) {
      const end = partNameEnd(text.slice(h.end, clauseEnd));
      if (end > 0 && h.end + end < clauseEnd && hasWords(text, h.end + end)) out.push({ from: h.end + end, at: h.end + end });
    }
    // `二、存在的主要问题一是…`, `五、存在的不足    一是…`
    const [item] = findItemMarkers(text, h.end + 1, Math.min(next, h.end + MAX_TITLE + 2), null);
    if (item && item.ordinal === 1 && !SENTENCE_END.test(text.slice(h.end, item.start))) {
      const from = spaceBefore(text, h.end, item.start);
      if (!out.some((b) => b.at === item.start)) out.push({ from, at: item.start });
    }
  });
  // The closing part: a plan cue after a sentence end, after the last level-1 heading.
  const lastPart = [...headings].reverse().find((h) => h.level === 1);
  if (lastPart) {
    for (let i = lastPart.end; i < line.end; i++) {
      if (!SENTENCE_END.test(text[i]!)) continue;
      const at = i + 1;
      const cue = matchPlanCue(text, at);
      if (!cue) continue;
      if (headings.some((h) => h.start > at)) continue; // headings after it: a sentence inside a part
      out.push({ from: at, at });
      break;
    }
  }
  return out;
}

function spaceBefore(text: string, lineStart: number, at: number): number {
  let from = at;
  while (from > lineStart && SPACE.test(text[from - 1]!)) from--;
  return from;
}

function firstIndex(text: string, re: RegExp, from: number, to: number): number {
  for (let i = from; i < to; i++) if (re.test(text[i]!)) return i;
  return to;
}

/** The words from a heading's marker to `at` can be its title: short, no sentence end. */
function isShortTitle(text: string, titleStart: number, at: number): boolean {
  return at > titleStart && at - titleStart <= MAX_TITLE && !SENTENCE_END.test(text.slice(titleStart, at));
}

/** A marker needs words after it (spaces between allowed: `1. 深化…`). */
function hasWords(text: string, at: number): boolean {
  let i = at;
  while (SPACE.test(text[i] ?? '')) i++;
  return /[^\s，,。；;、：:]/.test(text[i] ?? '');
}

/** `一、二、三产`, `“一、二、三”`, `1、2月`, `一、二季度`: a numeral list, not a heading. */
function isInlineList(text: string, marker: Marker): boolean {
  if (/[“"‘'「]/.test(text[marker.start - 1] ?? '')) return true;
  if (/^[一二三四五六七八九十0-9]+[、.．，,]/.test(text.slice(marker.end, marker.end + 4))) return true;
  // The next numeral straight after the marker, not the start of a longer number (`一、二十大精神`, `一、二〇二二年`).
  if (marker.level === 1 && text[marker.end] === NEXT_NUMERAL[marker.ordinal!] && !/[〇零一二三四五六七八九十]/.test(text[marker.end + 1] ?? '')) return true;
  return /^[0-9]+、$/.test(marker.marker) && /[0-9]/.test(text[marker.end] ?? '');
}
