/**
 * Metric extraction: the quantities of one sentence that report or set an amount of work
 * (annotation guide, section 2), with their action and object.
 *
 * `numbers.ts` finds every number + unit; here the ones that are not metrics are dropped, using
 * the segmenter's tokens: dates (年/月/日 are not units, so they never become quantities),
 * ordinals (第…), numbers inside a dictionary term or a quoted name, formulations built from
 * numerals (`两个一百年`, `三个一批`), labels of a quoted list (`“A、B、C”三个目标`), counts of a
 * text's own parts (`十个方面`, `两个主题`), and counts written with a bare `一`/`二`.
 */
import type { Token } from '../segment/segmenter.js';
import { findQuantities, matchNumberAt, PRE_QUALIFIERS, type QuantityMatch } from './numbers.js';
import { loadUnits, type UnitLexicon } from './units.js';
import { attribute } from './attribute.js';
import { quotedSpans, type Span } from './quotes.js';
import { isCategoryTag } from './tags.js';

export type { Span };

/**
 * A metric: a quantity (number + unit, as numbers.ts finds it) with its qualifier wherever it
 * stands, its action and object, and where it was read. `value` is null when masked and is the
 * lower end of a range (`三至五次` → 3, `valueMax` 5); `unit` keeps a 万/亿 multiplier (`万元`).
 */
export interface Metric extends Pick<QuantityMatch, 'start' | 'end' | 'value' | 'valueMax' | 'unit' | 'approx' | 'masked'> {
  /** The quantity as written: `text.slice(start, end) === quantity`. */
  quantity: string;
  /** The verb of the clause that did or counts the thing (`召开`), or null when the clause has none. */
  action: string | null;
  /** The thing counted (`党委会`), or the people counted (`同志`). */
  object: string | null;
  /** The sentence the metric was read from. */
  sentence: Span;
  /** Section titles from the top down; set by the unified plugin. */
  section?: string[];
}

export interface ExtractOptions {
  units?: UnitLexicon;
  /** The sentence's candidate quantities, when the caller has found them already. */
  quantities?: QuantityMatch[];
}

const inside = (q: Span, spans: Span[]) => spans.some((s) => s.start < q.start && q.end < s.end);

/**
 * True when the number is an ordinal: `第三十四次`, `第XX次党代会`, and list members after one
 * (`第一、二、三、四卷`).
 */
function isOrdinal(text: string, start: number, floor: number): boolean {
  let i = start;
  for (;;) {
    if (text[i - 1] === '第') return true;
    if (text[i - 1] !== '、' || i - 1 <= floor) return false;
    // step back over the previous list member: `二、` in `第一、二、三`
    let j = i - 1;
    while (j > floor && /[0-9０-９零〇一二两三四五六七八九十百千]/.test(text[j - 1]!)) j--;
    if (j === i - 1) return false;
    i = j;
  }
}

/** A boundary falling inside a word jieba did not know (tag `x`, Han characters). */
function inUnknown(tokens: Token[], at: number): boolean {
  const t = tokens.find((x) => x.start < at && at < x.end);
  return t !== undefined && t.tag === 'x' && /^[\u3400-\u9fff]+$/.test(t.word);
}

/**
 * A placeholder right after an administrative unit names a body, not a count: `市XX所党支部`,
 * `县XX处`; `全市XX所学校` still counts.
 */
function isNamePlaceholder(text: string, q: QuantityMatch, floor: number): boolean {
  if (!q.masked || q.start - 1 < floor) return false;
  if (!/[省市县区镇乡局委厅]/.test(text[q.start - 1]!)) return false;
  return q.start - 2 < floor || !/[全各本该每]/.test(text[q.start - 2]!);
}

/**
 * The number of a session, written without 第: `市十七届人大二次会议`, `市五次党代会`, and each
 * of a list of them (`省委十一届七次、八次、九次全会`). A count of meetings stands after a verb
 * instead (`召开三次会议`).
 */
function isSessionNumber(text: string, q: QuantityMatch, tokens: Token[]): boolean {
  if (q.kind !== 'chinese' || q.unit !== '次') return false;
  // Past the later members of a list to the words it numbers, and back to its first member.
  const tail = SESSION_LIST_TAIL.exec(text.slice(q.end, q.end + 40))![0];
  if (!/^(?:会议|全会|全体会议|党代会|代表大会|委员会)/.test(text.slice(q.end + tail.length, q.end + tail.length + 4))) return false;
  const head = SESSION_LIST_HEAD.exec(text.slice(Math.max(0, q.start - 40), q.start));
  const first = q.start - (head?.[1]!.length ?? 0);
  const prev = tokens.find((t) => t.end === first);
  if (!prev) return false;
  return /届$/.test(prev.word) || isCategoryTag(prev.tag) || /^[nj]/.test(prev.tag);
}

const SESSION_DIGITS = '零〇一二两三四五六七八九十百';
const SESSION_MEMBER = `[${SESSION_DIGITS}]+次`;
const SESSION_LIST_TAIL = new RegExp(`^(?:、${SESSION_MEMBER})*`);
// The members back to the first (group 1), after whatever ends in nothing a member could extend (a
// digit, `…N次、`). Anchored at the start: `(?:N+次、)+$` would rescan the list from each member in it.
const SESSION_LIST_HEAD = new RegExp(`^(?:[\\s\\S]*(?:[^${SESSION_DIGITS}、]|[^次]、|[^${SESSION_DIGITS}]次、)|次?、)?((?:${SESSION_MEMBER}、)+)$`);

/** A place in a ranking: `前10名`, `排名前三位`, `位列全省前5名` (the count of a rank, not of work). */
function isRank(text: string, q: QuantityMatch, floor: number): boolean {
  if (q.unit !== '名' && q.unit !== '位') return false;
  const before = text.slice(Math.max(floor, q.start - 4), q.start);
  return /(?:前|排名|排在|位列|位居|名列)$/.test(before);
}

/**
 * Nouns that name the parts of a plan or an argument, not work (`十个方面工作`, `围绕两个主题`):
 * a Chinese-numeral count of them numbers the text's own structure, as formulations do.
 */
const ASPECT_NOUNS = /^(?:方面|主题|重点|环节|原则|层面|维度|要点|方向|着力点|抓手|关键|步骤|阶段|字|统筹|结合|坚持)/;

/** Closing quote → its opening quote. */
const OPENING_QUOTE: Readonly<Record<string, string>> = { '”': '“', '」': '「', '』': '『', '"': '"' };

/**
 * A count right after a quoted list that it sums up: `“平安、民生、效益”三个建设目标` labels a
 * formulation with as many members as the number says.
 */
function labelsQuotedList(text: string, q: QuantityMatch, sentence: Span): boolean {
  const opening = OPENING_QUOTE[text[q.start - 1] ?? ''];
  if (!opening) return false;
  const open = text.lastIndexOf(opening, q.start - 2);
  if (open < sentence.start) return false;
  const inner = text.slice(open + 1, q.start - 1);
  const members = inner.split(/[、，,]/).filter((m) => m.trim());
  // (a list of one-character members may be written without separators: `“红黄绿”三种颜色`)
  if (members.length === 1 && /^[\u4e00-\u9fff]{2,10}$/.test(inner)) return inner.length === q.value;
  return members.length >= 2 && members.length === q.value;
}

/** Chinese numeral quantity standing for a formulation: `两个一百年`, `三个一批`, `两个“维护”`. */
function isNumeralFormulation(text: string, q: QuantityMatch, sentence: Span, units: UnitLexicon, tokens?: Token[]): boolean {
  if (q.kind !== 'chinese') return false;
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 3));
  // A quoted name right after the measure word: `两个“维护”`, `四个“不能”`.
  if (/^[“"‘「『]/.test(after)) return true;
  if (labelsQuotedList(text, q, sentence)) return true;
  if (q.value !== null && q.value <= 20 && ASPECT_NOUNS.test(text.slice(q.end, sentence.end))) return true;
  // `九个坚持`, `八个明确`: a count of 个 whose "thing" is a bare verb or adverb ending the phrase.
  if (q.unit === '个' && tokens) {
    const next = tokens.find((t) => t.start === q.end);
    const after2 = next ? tokens.find((t) => t.start === next.end) : undefined;
    if (next && /^(v|d|ad)$/.test(next.tag) && (!after2 || /^[\s，,。；;、：:”’」』）)]/.test(after2.word) || after2.word === '的')) return true;
  }
  // Another numeral within two characters that does not itself count something, or is a bare 一:
  // the pattern of slogans such as 两个一百年, 三个一批, 五个一工程.
  for (let k = 0; k < 2 && k < after.length; k++) {
    const ch = after[k]!;
    if (/[，,、；;。：:（()）\s]/.test(ch)) break;
    const n = matchNumberAt(text, q.end + k);
    if (n && n.kind === 'chinese') {
      if (n.value === 1 && text.slice(n.start, n.end) === '一') return true;
      const next = findQuantities(text, n.start, Math.min(sentence.end, n.end + 6), units)[0];
      return !next || next.start !== n.start;
    }
  }
  return false;
}

/**
 * Metrics of one sentence. `tokens` are the segmenter's tokens of that sentence (absolute
 * offsets); `sentence` is its span in `text`.
 */
export function extractMetrics(text: string, sentence: Span, tokens: Token[], options: ExtractOptions = {}): Metric[] {
  const units = options.units ?? loadUnits();
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const terms = tokens.filter((t) => isCategoryTag(t.tag));
  const quoted = quotedSpans(text, sentence.start, sentence.end);
  const found = options.quantities ?? findQuantities(text, sentence.start, sentence.end, units);
  const kept: QuantityMatch[] = [];

  for (const q of found) {
    const number = text.slice(q.start, q.end);
    // The quantity must be words of its own: `千家万户`, `XX家庭`, `十一期间` are not counts. A word
    // jieba made up from unknown characters (tag x) may glue the unit to the next character
    // (`XX名新提拔干部` → `名新`), so it does not count as a dictionary word here.
    if (!starts.has(q.start) && !inUnknown(tokens, q.start)) continue;
    if (!ends.has(q.end) && !inUnknown(tokens, q.end)) continue;
    if (isRank(text, q, sentence.start)) continue;
    // A number inside a dictionary term is part of a name (`八项规定`, `十四五`, `光荣在党50年`).
    if (terms.some((t) => t.start < q.end && q.start < t.end)) continue;
    if (inside(q, quoted)) continue;
    if (isOrdinal(text, q.start, sentence.start) || isSessionNumber(text, q, tokens)) continue;
    // `一次`, `一批`, `一大批`: 一 mostly means "a"; the guide makes these optional and we leave
    // them out. A bare `二` counts nothing in modern usage (`二次`, `二级` are names).
    // An amount with a multiplier is an amount all the same (`一万元`).
    if (q.kind === 'chinese' && /^[一二]/.test(number) && (q.value === 1 || q.value === 2) && !/^[一二][至到]/.test(number) && !/^[万亿千百]/.test(q.unit)) continue;
    if (isNamePlaceholder(text, q, sentence.start)) continue;
    if (isNumeralFormulation(text, q, sentence, units, tokens)) continue;
    kept.push(q);
  }

  for (const q of kept) {
    // A qualifier before the number must be a word of its own (`最近3次` has no `近`).
    if (q.approxStart !== null && q.approxStart < q.start && !starts.has(q.approxStart)) {
      q.approx = null;
      q.approxStart = null;
    }
    // It may also stand before the verb: `至少讲6次党课`, `不少于开展2次` (not `约` or `近`:
    // jieba cuts 约谈 into 约/谈).
    if (q.approx === null) {
      const k = tokens.findIndex((t) => t.end === q.start);
      const verb = tokens[k];
      const word = tokens[k - 1];
      if (verb && word && /^v/.test(verb.tag) && word.word.length > 1 && (PRE_QUALIFIERS as readonly string[]).includes(word.word)) {
        q.approx = word.word;
        q.approxStart = word.start;
      }
    }
  }

  const attributions = attribute(text, sentence, tokens, kept);
  return kept.map((q, i) => ({
    quantity: text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    value: q.value,
    valueMax: q.valueMax,
    unit: q.unit,
    approx: q.approx,
    masked: q.masked,
    action: attributions[i]!.action,
    object: attributions[i]!.object,
    sentence: { start: sentence.start, end: sentence.end },
  }));
}
