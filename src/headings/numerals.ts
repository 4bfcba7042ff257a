/** Heading numbers beyond what text/numerals.ts reads: circled and parenthesised digits and ideographs. */

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** `①` → 1 … `⑳` → 20. */
export function circledOrdinal(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? null : i + 1;
}

/** `㈠` → 1 … `㈩` → 10 (parenthesised ideographs, as Word's numbering sometimes writes `（一）`). */
export function parenthesisedIdeographOrdinal(ch: string): number | null {
  const c = ch.codePointAt(0)!;
  return c >= 0x3220 && c <= 0x3229 ? c - 0x321f : null;
}

/** `⑴` → 1 … `⒇` → 20 (parenthesised digits, for `（1）`). */
export function parenthesisedDigitOrdinal(ch: string): number | null {
  const c = ch.codePointAt(0)!;
  return c >= 0x2474 && c <= 0x2487 ? c - 0x2473 : null;
}

