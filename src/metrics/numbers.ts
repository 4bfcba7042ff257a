/**
 * Numbers as written in work reports: Arabic (also full-width, decimals, thousands separators),
 * Chinese numerals, `百分之…`, masked template placeholders, ranges, and the quantities they form
 * with a unit and a qualifier.
 *
 * Everything here is string-level; deciding whether a quantity is a metric (dates, ordinals,
 * names) is `extract.ts`'s job, because it needs the segmenter's tokens.
 */
import { INNER_QUALIFIERS, MULTIPLIERS, loadUnits, type UnitLexicon } from './units.js';
import { parseArabicNumeral, parseChineseNumeral } from '../text/numerals.js';

export { parseArabicNumeral, parseChineseNumeral } from '../text/numerals.js';

export type NumberKind = 'arabic' | 'chinese' | 'masked';

export interface NumberMatch {
  start: number;
  end: number;
  kind: NumberKind;
  /** null when masked. */
  value: number | null;
  /** `百分之八十五` carries its own unit. */
  percent: boolean;
}

/** Characters a Chinese numeral is made of. */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
const CN_RUN = /[零〇一二两三四五六七八九十百千万亿]+/y;

/** Placeholder characters of template reports (kept in step with the segmenter's). */
export const PLACEHOLDER_CHARS = 'xX*＊×ｘＸ';
// A masked decimal (`x.x%`, `xx.xx亿元`) is one placeholder; five places stand for incomes (`xxxxx元`).
const PLACEHOLDER_RUN = /[xX*＊×ｘＸ]{1,5}(?:[.．][xXｘＸ]{1,3}(?![xXｘＸ]))?/y;
const ARABIC_RUN = /[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?/y;

/** Latin letters and digits next to a number make it part of a code (`5G`, `G20`, `Xbox`). */
const ALNUM = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９_]/;


/** True for a masked template value: `x`, `xx`, `XXX`, `*`, `**`, `＊`, `××`. */
export function isPlaceholder(s: string): boolean {
  return new RegExp(`^[${PLACEHOLDER_CHARS}]{1,5}$`).test(s);
}

function matchRe(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/**
 * The number starting exactly at `at`, or null. Trailing 万/亿 of a Chinese numeral are left out:
 * they belong to the unit (`三十万元` → 30 + `万元`), as for Arabic numbers.
 */
export function matchNumberAt(text: string, at: number): NumberMatch | null {
  const prev = at > 0 ? text[at - 1]! : '';
  // 百分之 + number: a percentage whose unit is written first.
  if (text.startsWith('百分之', at)) {
    const inner = matchNumberAt(text, at + 3);
    if (inner && inner.kind !== 'masked' && !inner.percent) {
      // `百分之百` is written without a digit.
      return { ...inner, start: at, percent: true };
    }
    if (text.startsWith('百', at + 3)) return { start: at, end: at + 4, kind: 'chinese', value: 100, percent: true };
    const masked = matchRe(PLACEHOLDER_RUN, text, at + 3);
    if (masked && !ALNUM.test(text[at + 3 + masked.length] ?? '')) {
      return { start: at, end: at + 3 + masked.length, kind: 'masked', value: null, percent: true };
    }
    return null;
  }
  const arabic = matchRe(ARABIC_RUN, text, at);
  if (arabic) {
    if (ALNUM.test(prev) || /[.．]/.test(prev)) return null;
    const next = text[at + arabic.length] ?? '';
    if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(next)) return null; // 5G, 3D
    const value = parseArabicNumeral(arabic);
    return value === null ? null : { start: at, end: at + arabic.length, kind: 'arabic', value, percent: false };
  }
  const masked = matchRe(PLACEHOLDER_RUN, text, at);
  if (masked) {
    if (ALNUM.test(prev) || (/[.．]/.test(prev) && PLACEHOLDER_CHARS.includes(text[at - 2] ?? ''))) return null;
    const next = text[at + masked.length] ?? '';
    if (ALNUM.test(next) || PLACEHOLDER_CHARS.includes(next)) return null; // `XXXXX`: not a number
    return { start: at, end: at + masked.length, kind: 'masked', value: null, percent: false };
  }
  let run = matchRe(CN_RUN, text, at);
  if (run) {
    // The multiplier goes to the unit; keep `三万五千` whole.
    const trail = /(?:万亿|亿|万)$/.exec(run);
    if (trail && trail.index > 0) run = run.slice(0, trail.index);
    // `百余人`, `千余名`, `百多项`: a bare place before 余/多 stands for one of it.
    if (/^[百千]$/.test(run) && /[余多]/.test(text[at + 1] ?? '')) {
      return { start: at, end: at + 1, kind: 'chinese', value: run === '百' ? 100 : 1000, percent: false };
    }
    const value = parseChineseNumeral(run);
    return value === null ? null : { start: at, end: at + run.length, kind: 'chinese', value, percent: false };
  }
  return null;
}

/** Qualifiers that may stand before the number. Longest first. */
export const PRE_QUALIFIERS = [
  '不低于', '不少于', '不超过', '不高于', '不多于', '不到', '不足', '超过', '至少', '将近', '大约', '多达', '近', '约', '逾',
] as const;
/** Qualifiers that may follow the unit. `控制在…以内` ends in 以内. */
export const POST_QUALIFIERS = ['以上', '以下', '以内', '左右', '上下'] as const;
/** Range connectors: `三至五次`, `5%到6%`, `6%—6.5%`, `6-6.5%`. */
const RANGE = /^(?:至|到|——|—|–|－|-|~|～)/;

export interface QuantityMatch {
  /** The quantity span: number (or range) + inner qualifier + unit. */
  start: number;
  end: number;
  /** The number (the lower end of a range), or null when masked. */
  value: number | null;
  /** The upper end of a range, else null. */
  valueMax: number | null;
  /** The measure word, without number or qualifier; a 万/亿 multiplier stays in it. */
  unit: string;
  /** The qualifier (`余`, `多`, `以上`, `近`, …), else null. */
  approx: string | null;
  /** A template placeholder (`xx`, `XXX`, `**`) stands for the number. */
  masked: boolean;
  kind: NumberKind;
  /** Where the qualifier stands (for callers that check token alignment). */
  approxStart: number | null;
}

function unitAt(text: string, at: number, units: UnitLexicon, kind: NumberKind): { unit: string; end: number; approx: string | null } | null {
  let j = at;
  let approx: string | null = null;
  const q = INNER_QUALIFIERS.find((x) => text.startsWith(x, j));
  if (q) {
    approx = q;
    j += q.length;
  }
  const u = units.match(text, j);
  if (u) return { unit: u.unit, end: u.end, approx: approx ?? u.approx };
  // A bare multiplier is a unit of its own after an Arabic number (`1.2万亿`); after a Chinese
  // numeral it is part of the number and the quantity has no unit.
  if (kind === 'arabic' && !approx) {
    const m = MULTIPLIERS.find((x) => text.startsWith(x, j));
    if (m) return { unit: m, end: j + m.length, approx: null };
  }
  return null;
}

/**
 * The quantity whose number starts at `at`: number [余|多] [multiplier [余|多]] unit, a range of
 * two such numbers, or `百分之…`. The qualifier before the number or after the unit is reported in
 * `approx` but stays outside the span.
 */
export function matchQuantityAt(text: string, at: number, units: UnitLexicon = loadUnits()): QuantityMatch | null {
  const n1 = matchNumberAt(text, at);
  if (!n1) return null;
  let end: number;
  let unit: string;
  let approx: string | null = null;
  let approxStart: number | null = null;
  let valueMax: number | null = null;

  if (n1.percent) {
    end = n1.end;
    unit = '%';
    const r = rangeAfter(text, end, n1, units);
    if (r && r.unit === '%') {
      valueMax = r.value;
      end = r.end;
    }
  } else {
    let u = unitAt(text, n1.end, units, n1.kind);
    // A range: `6%—6.5%`, `5%到6%` (unit on both) or `三至五次`, `6-6.5%` (unit on the second).
    const r = rangeAfter(text, u && !u.approx ? u.end : n1.end, n1, units);
    if (r && (!u || (r.unit === u.unit && !u.approx))) {
      valueMax = r.value;
      u = { unit: r.unit, end: r.end, approx: r.approx };
    }
    if (!u) return null;
    end = u.end;
    unit = u.unit;
    if (u.approx) {
      approx = u.approx;
      approxStart = text.indexOf(u.approx, n1.end);
    }
  }

  if (!approx) {
    const post = POST_QUALIFIERS.find((x) => text.startsWith(x, end));
    if (post) {
      approx = post;
      approxStart = end;
    }
  }
  if (!approx) {
    const pre = PRE_QUALIFIERS.find((x) => at >= x.length && text.startsWith(x, at - x.length));
    if (pre) {
      approx = pre;
      approxStart = at - pre.length;
    }
  }
  return {
    start: n1.start,
    end,
    value: n1.value,
    valueMax,
    unit,
    approx,
    masked: n1.kind === 'masked',
    kind: n1.kind,
    approxStart,
  };
}

/** The upper end of a range starting with a connector at `at`. */
function rangeAfter(
  text: string,
  at: number,
  n1: NumberMatch,
  units: UnitLexicon,
): { value: number; unit: string; end: number; approx: string | null } | null {
  const c = RANGE.exec(text.slice(at, at + 2));
  if (!c || n1.kind === 'masked') return null;
  const n2 = matchNumberAt(text, at + c[0].length);
  if (!n2 || n2.kind === 'masked' || n2.value === null || n1.value === null) return null;
  // ASCII hyphen between Chinese numerals is not a range; keep kinds alike (`三至五`, `6-6.5`).
  if ((n2.kind === 'chinese') !== (n1.kind === 'chinese') && !n1.percent) return null;
  if (n2.value < n1.value) return null;
  if (n2.percent) return { value: n2.value, unit: '%', end: n2.end, approx: null };
  const u = unitAt(text, n2.end, units, n2.kind);
  if (!u) return null;
  return { value: n2.value, unit: u.unit, end: u.end, approx: u.approx };
}

/**
 * Every quantity in `text[from, to)`, left to right, without overlaps. No exclusions are applied:
 * `2021年` is simply not a quantity because 年 is not a unit, but `第三次` is (see extract.ts).
 */
export function findQuantities(text: string, from = 0, to = text.length, units: UnitLexicon = loadUnits()): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  // Jump from one number character to the next: this runs over every sentence of every report.
  // The search runs on the sentence alone: on the whole text a sentence without a number would
  // scan to the end of the document, and a long document would take quadratic time.
  const part = text.slice(from, to);
  NUMBER_CHAR.lastIndex = 0;
  for (let m = NUMBER_CHAR.exec(part); m; m = NUMBER_CHAR.exec(part)) {
    const i = from + m.index;
    const cls = charClass(text[i]!);
    // A number starts where its run starts: `五四` is not retried as `四`, nor `2021` as `021`.
    if (!cls || (i > 0 && charClass(text[i - 1]!) === cls)) continue;
    const q = matchQuantityAt(text, i, units);
    if (q && q.end <= to) {
      out.push(q);
      NUMBER_CHAR.lastIndex = q.end - from;
    }
  }
  return out;
}

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
const NUMBER_CHAR = new RegExp(`[0-9０-９${escapeClass(PLACEHOLDER_CHARS)}${escapeClass(CN_NUMERAL_CHARS)}]`, 'g');
const CLASS = new Map<string, 'digit' | 'placeholder' | 'chinese'>([
  ...[...'0123456789０１２３４５６７８９'].map((c) => [c, 'digit'] as const),
  ...[...PLACEHOLDER_CHARS].map((c) => [c, 'placeholder'] as const),
  ...[...CN_NUMERAL_CHARS].filter((c) => !PLACEHOLDER_CHARS.includes(c)).map((c) => [c, 'chinese'] as const),
]);

function charClass(ch: string): 'digit' | 'placeholder' | 'chinese' | null {
  return CLASS.get(ch) ?? null;
}

/**
 * Parses a standalone quantity string: `1.37万亿斤` → { value: 1.37, unit: '万亿斤' },
 * `百分之八十五` → { value: 85, unit: '%' }, `XX万余元` → { value: null, unit: '万元', approx: '余' }.
 */
export function parseQuantity(s: string, units: UnitLexicon = loadUnits()): QuantityMatch | null {
  const trimmed = s.trim();
  for (let i = 0; i < trimmed.length; i++) {
    const q = matchQuantityAt(trimmed, i, units);
    if (q) return q;
  }
  return null;
}
