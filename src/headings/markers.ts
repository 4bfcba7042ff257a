/**
 * Heading markers by level, as GB/T 9704 and common practice number them:
 *   1 `一、`  2 `（一）`/`(一)`  3 `1.` `1．` `1、`  4 `（1）`/`(1)`/`①`  item `一是` inside running text.
 * Also the single-character forms Word's automatic numbering leaves in converted text (`㈠` for
 * `（一）`, `⑴` for `（1）`), and `1）`/`1)` at the start of a line as level 4.
 * Levels come from the marker's form, never from indentation.
 */
import type { Level } from '../tree/types.js';
import { circledOrdinal, parenthesisedDigitOrdinal, parenthesisedIdeographOrdinal } from './numerals.js';
import { CHINESE_YEAR_DIGITS, parseArabicNumeral, parseChineseNumeral } from '../text/numerals.js';

export interface Marker {
  level: Level;
  /** The marker as written. */
  marker: string;
  ordinal: number | null;
  /** Bracket width for bracketed markers, so mixed widths among siblings can be reported. */
  bracket: 'full' | 'half' | null;
  start: number;
  end: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
// up to three digits: a 工作要点 may list more than 99 tasks
const DIGIT = '[0-9０-９]{1,3}';

// Each pattern is anchored at the marker's first character (sticky).
const LINE_MARKERS: Array<{ level: Exclude<Level, 'item'>; re: RegExp; ordinal: (m: RegExpExecArray) => number | null }> = [
  // `一、` (also the rarer `一.`/`一．`)
  { level: 1, re: new RegExp(`(${CN})[、.．]`, 'y'), ordinal: (m) => parseChineseNumeral(m[1]!) },
  { level: 2, re: new RegExp(`[（(](${CN})[）)]`, 'y'), ordinal: (m) => parseChineseNumeral(m[1]!) },
  { level: 2, re: /([㈠-㈩])/y, ordinal: (m) => parenthesisedIdeographOrdinal(m[1]!) },
  // `1.` but never a decimal (`1.37万亿斤`) or a date (`5.12`).
  { level: 3, re: new RegExp(`(${DIGIT})(?:[.．](?![0-9０-９])|、)`, 'y'), ordinal: (m) => parseArabicNumeral(m[1]!) },
  { level: 4, re: new RegExp(`[（(](${DIGIT})[）)]`, 'y'), ordinal: (m) => parseArabicNumeral(m[1]!) },
  { level: 4, re: /([①-⑳])/y, ordinal: (m) => circledOrdinal(m[1]!) },
  { level: 4, re: /([⑴-⒇])/y, ordinal: (m) => parenthesisedDigitOrdinal(m[1]!) },
  { level: 4, re: new RegExp(`(${DIGIT})[）)]`, 'y'), ordinal: (m) => parseArabicNumeral(m[1]!) },
];

/** A numbered heading marker starting exactly at `at` (the first non-indent character of a line). */
export function matchLineMarker(text: string, at: number): Marker | null {
  for (const { level, re, ordinal } of LINE_MARKERS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const ord = ordinal(m);
    if (ord === null || ord === 0) continue;
    const marker = m[0];
    // A level-1 numeral must not be the start of a longer word (`一、二等奖` is rare; `十九届` has no 、).
    const bracket = /^（|^[0-9０-９]+）$/.test(marker) ? 'full' : /^\(|^[0-9０-９]+\)$/.test(marker) ? 'half' : null;
    return { level, marker, ordinal: ord, bracket, start: at, end: at + marker.length };
  }
  return null;
}

/** `一是` … `十是`; where it may stand is decided by the parser (see findItemMarkers). */
const ITEM = new RegExp(`(${CN})是`, 'g');

/** Characters after which an inline item marker may start a new item. */
const ITEM_BEFORE_STRONG = /[。；;：:！!？?\s\u3000\u00a0]/;
const ITEM_BEFORE_WEAK = /[，,]/;

/**
 * Inline `一是/二是` markers in [from, to). After a sentence end (or at the start) any number is
 * accepted; after a comma only `一是`, or the next number of an open sequence, so `唯一是` or a
 * stray `二是` inside a clause is not taken for an item.
 */
export function findItemMarkers(text: string, from: number, to: number, openOrdinal: number | null): Marker[] {
  const found: Marker[] = [];
  let last = openOrdinal;
  // Searched within [from, to) only: a line without items must not scan the rest of the text.
  const part = text.slice(from, to);
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(part); m; m = ITEM.exec(part)) {
    const at = from + m.index;
    const marker = m[0];
    const ord = parseChineseNumeral(m[1]!);
    if (ord === null || ord === 0) continue;
    const prev = at === from ? '' : text[at - 1]!;
    const strong = at === from || ITEM_BEFORE_STRONG.test(prev);
    const weak = ITEM_BEFORE_WEAK.test(prev) && (ord === 1 || (last !== null && ord === last + 1));
    if (!strong && !weak) continue;
    // `一是一，二是二` style idioms: an item needs words after it.
    if (/^[，,。；、]/.test(text.slice(at + marker.length, at + marker.length + 1))) continue;
    found.push({ level: 'item', marker, ordinal: ord, bracket: null, start: at, end: at + marker.length });
    last = ord;
  }
  return found;
}

/** `1.` `2、` `３．` run into a paragraph; never a decimal (`2.4万亿元`) or a list of months (`3、4月`). */
const INLINE_NUMBERED = /([0-9０-９]{1,2})[.．、](?![0-9０-９])/g;
const SENTENCE_END = /[。；;！!？?][\s\u3000\u00a0]*$/;

/**
 * Level-3 markers inside running text: each must follow a sentence end (or open the segment, as
 * after a run-in title), and the list must start at 1 or continue the open one, so a stray `2.`
 * after a full stop is left alone.
 */
export function findInlineNumbered(text: string, from: number, to: number, openOrdinal: number | null): Marker[] {
  const found: Marker[] = [];
  let last = openOrdinal;
  const part = text.slice(from, to);
  INLINE_NUMBERED.lastIndex = 0;
  for (let m = INLINE_NUMBERED.exec(part); m; m = INLINE_NUMBERED.exec(part)) {
    const at = from + m.index;
    if (at !== from && !SENTENCE_END.test(text.slice(Math.max(from, at - 4), at))) continue;
    const ord = parseArabicNumeral(m[1]!);
    if (ord === null || !(ord === 1 || (last !== null && ord === last + 1))) continue;
    // A marker needs words after it (`1.` ending the text is not a task).
    if (!/[^\s\u3000\u00a0]/.test(text.slice(at + m[0].length, Math.min(to, at + m[0].length + 1)))) continue;
    found.push({ level: 3, marker: m[0], ordinal: ord, bracket: null, start: at, end: at + m[0].length });
    last = ord;
  }
  return found;
}

/**
 * Cues that open an unnumbered closing plan part (`下一步，我们将…`, `今后，…`). A strong cue must be
 * followed by punctuation or by the words that start a plan; a period (`下半年`, `2023年`) only
 * when a subject and a future modal follow (`2023年，我们将…`), since `下半年，局党委组织…` reports.
 */
const STRONG_CUE = /(下一步|下步|下一阶段|下阶段|今后|明年|新的一年|展望未来)(?=[，,：:。]|工作|我们|我局|我委|将|要|继续)/y;
const PERIOD_CUE = new RegExp(`(下半年|(?:19|20)\\d{2}年|${CHINESE_YEAR_DIGITS}年)(?=[，,]?(我们|我局|我委|局党委|党委|党组|全局)?(将|要))`, 'y');

export function matchPlanCue(text: string, at: number): { cue: string; start: number; end: number } | null {
  let m: RegExpExecArray | null = null;
  for (const re of [STRONG_CUE, PERIOD_CUE]) {
    re.lastIndex = at;
    m = re.exec(text);
    if (m) break;
  }
  if (!m) return null;
  // Marker and title are the cue words before the first punctuation mark: `下一步，…` → 下一步,
  // `下一步工作打算：` → 下一步工作打算; a run-on `下一步将继续…` keeps only the cue.
  const rest = text.slice(at, at + 40);
  const stop = rest.search(/[，,：:。；;！!？?\r\n]/);
  const lead = stop < 0 ? '' : rest.slice(0, stop).trimEnd();
  const cue = lead.startsWith(m[1]!) && /^(工作)?(打算|计划|安排|思路|重点|举措|措施)?$/.test(lead.slice(m[1]!.length)) ? lead : m[1]!;
  return { cue, start: at, end: at + cue.length };
}
