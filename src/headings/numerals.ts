/** Small Chinese numerals as used in heading markers (一 … 九十九, with 〇/零 and 两). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** `三` → 3, `十二` → 12, `二十` → 20, `三十四` → 34; null when not a numeral below 100. */
export function chineseOrdinal(s: string): number | null {
  if (!s) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in DIGITS ? DIGITS[s]! : null;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : head.length === 1 ? DIGITS[head] : undefined;
  const ones = tail === '' ? 0 : tail.length === 1 ? DIGITS[tail] : undefined;
  if (tens === undefined || ones === undefined) return null;
  return tens * 10 + ones;
}

/** 1 → 一, 12 → 十二: used only in messages that quote an expected marker. */
export function toChineseOrdinal(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : d[tens]) + '十' + (ones ? d[ones] : '');
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** `①` → 1 … `⑳` → 20. */
export function circledOrdinal(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? null : i + 1;
}

/** Full-width digits count as digits (`１２` → 12). */
export function arabicOrdinal(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}
