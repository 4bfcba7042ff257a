/**
 * Character forms that say nothing about content, folded one for one (offsets never move):
 * full-width digits, letters and signs (`２０２１年`, `５．５％`) become ASCII, as numbers are parsed;
 * ASCII punctuation written into Chinese prose (`,` `;` `:` `?` `!` and straight quotes) becomes
 * the full-width mark that clauses and quotations are read by. Brackets are left as written:
 * heading markers read both widths, and a mixed width is itself worth a numbering message.
 */

const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u3400' && c <= '\u9fff';
const isDigit = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));

/** ASCII marks that become full-width in Chinese prose. */
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** What may need folding, and the line ends at which straight quotes start over. */
const CANDIDATE = /[０-９Ａ-Ｚａ-ｚ％．／＋－,;:?!"\n\r]/g;

export interface FoldedCharacters {
  text: string;
  /** Characters folded from full width to ASCII. */
  widths: number;
  /** ASCII punctuation marks and quotes made full-width. */
  marks: number;
}

export function foldCharacters(text: string): FoldedCharacters {
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
  // Only the candidates are visited: a report with none is scanned once by the regex engine.
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n' || c === '\r') {
      quoteOpen = false;
      continue;
    }
    if (c >= '\uff01' && c <= '\uff5e') {
      // `．` and `－` are a decimal point and a minus sign only between or before digits.
      if ((c === '．' && !isDigit(text[i - 1])) || (c === '－' && !isDigit(text[i + 1]))) continue;
      put(i, String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      widths++;
      continue;
    }
    if (c === '"') {
      if (!isCjk(text[i - 1]) && !isCjk(text[i + 1]) && !/[，。、：；！？]/.test(text[i - 1] ?? '')) continue;
      put(i, quoteOpen ? '”' : '“');
      quoteOpen = !quoteOpen;
      marks++;
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    // 1,000 and 12:30 keep their marks; so does anything outside Chinese prose.
    if (isDigit(prev) && isDigit(next)) continue;
    if (!isCjk(prev) && !isCjk(next) && !(isDigit(prev) && isCjk(text[i - 2]))) continue;
    put(i, HALF_TO_FULL[c]!);
    marks++;
  }
  if (from === 0) return { text, widths, marks };
  out.push(text.slice(from));
  return { text: out.join(''), widths, marks };
}
