/**
 * Numerals as written in Chinese documents: Arabic (full-width, decimals, thousands separators)
 * and Chinese (`三十四`, `两`, `一千二百零六`). Shared by heading markers and metrics.
 */

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };


const toAscii = (s: string) =>
  s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)).replace(/．/g, '.');

/** A numeral no double can hold (300 digits, 亿亿亿…) is no number to report: null, not Infinity. */
const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** `1,206` → 1206, `１２` → 12, `6.5` → 6.5; null for anything else. */
export function parseArabicNumeral(s: string): number | null {
  const ascii = toAscii(s).replace(/,(?=\d{3}(?!\d))/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(ascii)) return null;
  return finite(Number(ascii));
}

/**
 * `三十四` → 34, `两` → 2, `十二` → 12, `一百二十` → 120, `一千二百零六` → 1206, `三万五千` → 35000.
 * Digits run together without a place (`五四`, `七一`, `三八`) are names or dates, not numbers: null.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0; // completed 亿/万 sections
  let section = 0; // within the current 万 section
  let digit: number | null = null;
  let lastPlace = Infinity; // places must fall (千 > 百 > 十) within a section
  let sawZero = false;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit !== null) return null; // two digits in a row: `五四`
      digit = CN_DIGITS[ch]!;
      if (digit === 0) {
        sawZero = true;
        digit = null;
      }
    } else if (ch in CN_SMALL_UNITS) {
      const place = CN_SMALL_UNITS[ch]!;
      if (place >= lastPlace) return null;
      // `十二` means 一十二; elsewhere a place needs its digit.
      if (digit === null && !(place === 10 && section === 0 && !sawZero)) return null;
      section += (digit ?? 1) * place;
      lastPlace = place;
      digit = null;
      sawZero = false;
    } else if (ch in CN_BIG_UNITS) {
      const big = CN_BIG_UNITS[ch]!;
      section += digit ?? 0;
      if (section === 0 && total === 0) return null;
      if (big === 1e8) total = (total + section) * big;
      else total += section * big;
      section = 0;
      digit = null;
      lastPlace = Infinity;
      sawZero = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // colloquial `一百二` = 120: a bare trailing digit right after 百/千 fills the next place.
    if (!sawZero && lastPlace >= 100 && lastPlace !== Infinity) section += digit * (lastPlace / 10);
    else section += digit;
  } else if (sawZero && section === 0 && total === 0) {
    return s === '零' || s === '〇' ? 0 : null;
  }
  return finite(total + section);
}

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** The digits of a year written digit by digit in Chinese (`二〇二三`), as a pattern source. */
export const CHINESE_YEAR_DIGITS = '[一二][〇零○Ｏ一二三四五六七八九]{3}';
/** Such a year before 年: `二〇二三年`, `二零二四年`. */
export const CHINESE_YEAR = new RegExp(`${CHINESE_YEAR_DIGITS}(?=年)`, 'g');

/**
 * The text with years written in Chinese digits (`二〇二三年`) turned into Arabic ones (`2023年`),
 * character for character, so that every offset stays where it was.
 */
export function arabicYears(s: string): string {
  return s.replace(CHINESE_YEAR, (m) => [...m].map((c) => YEAR_DIGITS[c] ?? c).join(''));
}

/** A year in Arabic digits before 年, captured, as a pattern source to build on. */
export const YEAR = '((?:19|20)\\d{2})年';
const FIRST_YEAR = new RegExp(YEAR);

/** The first year named in `s` (`2024年`, `二〇二四年`), or null. */
export function firstYear(s: string): number | null {
  const m = FIRST_YEAR.exec(arabicYears(s));
  return m ? Number(m[1]) : null;
}

/** 1 → 一, 12 → 十二, 21 → 二十一, 105 → 一百零五: a count as written in Chinese (below 1,000). */
export function chineseNumeral(n: number): string {
  const d = '〇一二三四五六七八九';
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return String(n);
  if (n < 10) return d[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return (tens === 1 ? '' : d[tens]) + '十' + (ones ? d[ones] : '');
  }
  const rest = n % 100;
  return d[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + d[rest] : (rest < 20 ? '一' : '') + chineseNumeral(rest));
}

