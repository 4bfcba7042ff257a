/**
 * Character forms that say nothing about content, folded one for one (offsets never move):
 * full-width digits, letters and signs (`２０２１年`, `５．５％`) become ASCII, as numbers are parsed;
 * ASCII punctuation written into Chinese prose (`,` `;` `:` `?` `!` and straight quotes) becomes
 * the full-width mark that clauses and quotations are read by. Brackets are left as written:
 * heading markers read both widths, and a mixed width is itself worth a numbering message.
 */

const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u3400' && c <= '\u9fff';
const isDigit = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));

/** Full-width forms folded to ASCII: digits, Latin letters, and the signs that live inside quantities. */
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ％．／＋－]/;

/** ASCII marks that become full-width in Chinese prose. */
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

const CANDIDATE = /[０-９Ａ-Ｚａ-ｚ％．／＋－,;:?!"]/;

export interface FoldedCharacters {
  text: string;
  /** Characters folded from full width to ASCII. */
  widths: number;
  /** ASCII punctuation marks and quotes made full-width. */
  marks: number;
}

export function foldCharacters(text: string): FoldedCharacters {
  if (!CANDIDATE.test(text)) return { text, widths: 0, marks: 0 };
  const out: string[] = [];
  let widths = 0;
  let marks = 0;
  let from = 0;
  // Straight quotes open and close in turn within a line.
  let quoteOpen = false;
  const put = (i: number, c: string) => {
    if (i > from) out.push(text.slice(from, i));
    out.push(c);
    from = i + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      quoteOpen = false;
      continue;
    }
    if (c >= '\uff01' && c <= '\uff5e' && FULL_WIDTH.test(c)) {
      // `．` and `－` are a decimal point and a minus sign only between or before digits.
      if ((c === '．' && !isDigit(text[i - 1])) || (c === '－' && !isDigit(text[i + 1]))) continue;
      put(i, String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      widths++;
      continue;
    }
    const full = HALF_TO_FULL[c];
    if (full !== undefined) {
      const prev = text[i - 1];
      const next = text[i + 1];
      // 1,000 and 12:30 keep their marks; so does anything outside Chinese prose.
      if (isDigit(prev) && isDigit(next)) continue;
      if (!isCjk(prev) && !isCjk(next) && !(isDigit(prev) && isCjk(text[i - 2]))) continue;
      put(i, full);
      marks++;
      continue;
    }
    if (c === '"') {
      if (!isCjk(text[i - 1]) && !isCjk(text[i + 1]) && !/[，。、：；！？]/.test(text[i - 1] ?? '')) continue;
      put(i, quoteOpen ? '”' : '“');
      quoteOpen = !quoteOpen;
      marks++;
    }
  }
  if (from === 0) return { text, widths, marks };
  out.push(text.slice(from));
  return { text: out.join(''), widths, marks };
}
