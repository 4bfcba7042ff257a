/**
 * Attribution: for each quantity, the action (verb) and the object (thing or people counted) from
 * its own clause, read off the segmenter's tokens and POS tags.
 *
 * Shapes handled (clauses end at ，；。！？：):
 *   V O Q        召开党委会3次           → 召开 / 党委会
 *   V Q O        开展6次集体廉政谈话      → 开展 / 集体廉政谈话
 *   V Vev Q      开展宣讲3轮次           → 开展 / 宣讲  (a verb before an event unit names the event)
 *   O V Q        团员参加率均达到85%      → 达到 / 团员参加率均
 *   Q P V        2名同志参加培训          → 参加 / 同志  (people counted are the subject)
 *   O Q          专题研讨XX次             → null / 专题研讨
 *   Vev Q        党委中心组集体学习14次    → null / 党委中心组集体学习 (no verb governs the event)
 *   V1 V2 Q      走访慰问XX户             → 走访慰问 (two content verbs fuse; 组织召开 → 召开)
 *   Vn Q         来信292件 / 初次举报362件 → null / 来信 (a clause opening on one verb before a count
 *                of things or events: the verb names what was counted)
 *   … Q 占 Q%    来信292件占73% → 占 / 来信; X占总量的Q% → 占 / X (a share counts its subject)
 *   比上年同期Q1少Q2  both null / the object of the figure before (a comparison counts what it compares)
 *   V Q P V2     组织500余名志愿者参与 → 参与 / 志愿者 (people counted who then act take that act)
 *   V A、B等O Q   开展宣讲、知识竞赛等活动15次 → 开展 / 活动 (listed activities may be named by verbs;
 *                the verb before them governs the list)
 *   O1 Q1、O2 Q2  list items share the verb of the first; a clause holding only a quantity
 *                (`…XX次，XX人次`) shares the attribution of the quantity before it, and a rate
 *                with no noun (`…达到3256.8亿元，增长4.5%`) the noun of the quantity before it.
 * jieba's tags are the evidence; the only word lists are closed classes: support verbs
 * (开展, 进行, 组织 …), light words (共, 累计, 分别 …), existential verbs (有, 是), resultative
 * complements (出, 到), prepositions completing a verb (控制在) and person-noun endings (员, 干部 …).
 *
 * Known limits, all from jieba's tags: a verb tagged as a noun is read as part of the object
 * (`研究部署/n`, `共收缴/n`, `重新制定/n`, `发展党员/l`), and a noun tagged as a verb may be read
 * as the action (`收入/v增长`, `处级/v干部`).
 */
import type { Token } from '../segment/segmenter.js';
import { quotedSpans, type Span } from './quotes.js';
import { CLAUSE_MARK_TOKEN } from '../text/clauses.js';
import { isAdverbTag, isCategoryTag, isNominalTag, isVerbTag } from './tags.js';
import { RATE_UNITS } from './units.js';

export interface Attribution {
  action: string | null;
  object: string | null;
}

export interface QuantitySpan {
  start: number;
  end: number;
  unit: string;
  /** Where a qualifier stands, if outside the quantity (`近`, `以上`), so it is not read as a word. */
  approxStart?: number | null;
  approx?: string | null;
}

/** Support verbs: they carry an event noun and never modify one (`组织召开` → 召开). */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set([
  '开展', '进行', '组织', '召开', '举办', '举行', '加以', '给予', '予以', '作出', '做出', '推动', '带领', '带头',
  '督促', '指导', '牵头', '协助', '参与', '继续', '坚持', '持续',
]);
/** Words between verb, object and number that carry no meaning of their own for attribution. */
const LIGHT = new Set([
  '共', '共计', '累计', '合计', '总计', '先后', '分别', '均', '都', '全部', '了', '过', '着', '达', '计', '又', '再',
  '已', '还', '也', '各', '新', '已经', '相继', '陆续', '有', '共有', '是', '约', '近',
  // comparison and averaging adverbials: `同比增长8.5%`, `年均增长x.x%` is the growth of the figure before
  '同比', '环比', '年均', '平均', '年平均',
  // `用户数超8000人`: 超/逾 before a number say "more than", as 达 says "reaches"
  '超', '逾',
  // modal verbs of plans: `力争/确保完成…` — the verb after them is the action
  '力争', '争取', '确保',
  // the copula before a number: `安全生产事故为0起`
  '为',
]);
/** Existential and copular verbs: `有2名同志参加` — the real action comes after the people. */
const EXISTENTIAL = new Set(['有', '共有', '是', '为', '计有']);
/** Single-character complements after a verb: `梳理出` → 梳理. */
const COMPLEMENTS = new Set(['出', '到', '完', '好', '上', '下', '起', '过', '成', '给', '入', '回', '掉']);
/** Units that count occurrences of an activity: a verb right before them names the activity. */
const EVENT_UNITS = new Set(['次', '人次', '件次', '项次', '班次', '台次', '场', '场次', '轮', '轮次', '期', '期次', '批', '批次', '届次', '节', '堂', '课时', '学时', '家次', '户次', '频次', '架次', '车次']);
/**
 * Verbs that take an event as their object and have people as subject (`党员干部参加线上培训`):
 * before an event noun they are the predicate, never a modifier as 学习 is in `专题学习研讨`.
 */
const PARTICIPATION_VERBS = new Set(['参加', '参与', '出席', '列席', '接受', '观看', '收看', '聆听', '旁听']);
/** Words that open a place phrase between people and their verb (`党员到社区报到`). */
const PLACE_OPENERS = new Set(['到', '在', '赴', '去', '向', '进', '深入', '前往', '回到']);
/**
 * Units that count things or occurrences (not amounts): before one of them a clause's opening verb
 * names what was counted (`来信292件`, `初次举报362件`, `来访88人次`).
 */
const COUNT_UNITS = new Set([...EVENT_UNITS, '件', '起', '宗', '例', '条', '项', '篇', '封', '份', '个']);
/** Verbs of result that take an amount as object (`完成12件`, `突破3000亿元`): never the thing counted. */
const RESULT_VERBS = new Set(['完成', '实现', '达到', '突破', '超过', '增加', '减少', '新增', '增长', '下降', '提高', '降低', '占']);
/** A clause comparing with an earlier period: `比上年同期847件少297件`, `较去年增加12次`. */
const COMPARISON = /^(?:比|较|与)(?:上年|去年|上一年|前一年|同期|上年同期|去年同期|上年度)/;
/** Units that count people: their object is the people noun. */
const PEOPLE_UNITS = new Set(['名', '人', '位', '人次', '万人', '万人次', '户', '万户']);
/** Endings of nouns for people (roles, not names). */
const PERSON_NOUN = /(员|者|人|干部|同志|书记|代表|群众|职工|党员|团员|委员|成员|负责人|老人|儿童|学生|教师|村民|居民|农民|家庭|户)$/;

const LIST_SEP = new Set(['、', '和', '及', '与', '以及', '或']);

type Kind = 'word' | 'quote' | 'qty' | 'punct' | 'list' | 'de' | 'qual';

interface Item {
  kind: Kind;
  start: number;
  end: number;
  word: string;
  tag: string;
  /** index into the quantity list for kind 'qty' */
  q?: number;
}

const isHan = (s: string) => /[\u3400-\u9fff]/.test(s);

/** Verb-like: a verb tag, or an idiom/noun token that ends in a support verb (`积极开展`). */
function verbOf(item: Item): string | null {
  if (item.kind !== 'word') return null;
  if (isVerbTag(item.tag)) return item.word;
  if (item.word.length >= 4 && !isCategoryTag(item.tag)) {
    const tail = item.word.slice(-2);
    if (SUPPORT_VERBS.has(tail)) return tail;
  }
  return null;
}

function isNominal(item: Item): boolean {
  if (item.kind === 'quote') return true;
  if (item.kind !== 'word') return false;
  if (verbOf(item) !== null && !isVerbTag(item.tag)) return false; // `积极开展/l`
  if (item.tag === 'x') return isHan(item.word); // unknown words: mostly names of things
  if (item.tag.startsWith('s')) return false; // place words (`村上`) are adverbials here
  return isNominalTag(item.tag);
}

/** Plain nouns (not verbal nouns): a verb before one is its predicate, not its modifier. */
function isPlainNoun(item: Item): boolean {
  if (!isNominal(item)) return false;
  return !(item.kind === 'word' && (item.tag === 'vn' || item.tag === 'an' || item.tag === 'x' || item.tag === 'eng'));
}

/** An event or quality noun (`研讨/vn`, unknown `率均/x`): a verb before it may modify it. */
const isEventNoun = (item: Item | undefined) => item !== undefined && isNominal(item) && !isPlainNoun(item);

/** Adjectives modify the noun after them (`优秀典型`). */
const isAdjective = (item: Item | undefined) => item !== undefined && item.kind === 'word' && (item.tag === 'a' || item.tag === 'b');

/** `每月不少于2次`: a distributive time word (每月, 每季度) says how often, not what. */
const isLight = (item: Item) => item.kind === 'word' && (LIGHT.has(item.word) || /^每[年季月周天日]/.test(item.word));

/**
 * A one-character verb right after a word (no adverb, no punctuation) and right before the number
 * is a noun suffix: `专题会X次`, `整改率100%`. After an adverb it acts: `至少讲6次`.
 */
function isSuffixVerb(items: Item[], j: number): boolean {
  const it = items[j]!;
  const prev = items[j - 1];
  if (it.kind !== 'word' || !isVerbTag(it.tag) || it.word.length !== 1 || !prev) return false;
  if (prev.kind === 'quote') return true;
  return prev.kind === 'word' && isHan(prev.word) && !isLight(prev) && !isAdverbTag(prev.tag) && (isNominal(prev) || isVerbTag(prev.tag));
}

/** Prepositions that complete a verb before a number: `控制在3%左右`, `保持在6%—6.5%`. */
const VERB_PREPOSITIONS = new Set(['在', '到', '至', '于']);

/** Tokens → items: quoted names and quantities become single items. */
function toItems(text: string, sentence: Span, tokens: Token[], quantities: QuantitySpan[]): Item[] {
  const quotes = quotedSpans(text, sentence.start, sentence.end).filter(
    (s, _, all) => !all.some((o) => o !== s && o.start < s.start && s.end < o.end),
  );
  const items: Item[] = [];
  const cover = (start: number, end: number) => tokens.filter((t) => t.start < end && start < t.end);
  let i = 0;
  const sorted = [...tokens].sort((a, b) => a.start - b.start);
  while (i < sorted.length) {
    const t = sorted[i]!;
    const qi = quantities.findIndex((q) => t.start < q.end && q.start < t.end);
    if (qi >= 0) {
      const q = quantities[qi]!;
      const end = Math.max(q.end, ...cover(q.start, q.end).map((x) => x.end));
      items.push({ kind: 'qty', start: q.start, end, word: text.slice(q.start, q.end), tag: 'qty', q: qi });
      while (i < sorted.length && sorted[i]!.start < end) i++;
      continue;
    }
    const quote = quotes.find((s) => s.start === t.start);
    if (quote && !quantities.some((q) => quote.start < q.end && q.start < quote.end)) {
      items.push({ kind: 'quote', start: quote.start, end: quote.end, word: text.slice(quote.start, quote.end), tag: 'nq' });
      while (i < sorted.length && sorted[i]!.start < quote.end) i++;
      continue;
    }
    // a code of digits and letters jieba cuts apart (`5/G`, `4/A`) is one name: 5G基站, 4A级景区
    const code = /^[0-9]+$/.test(t.word) && sorted[i + 1] && sorted[i + 1]!.start === t.end && /^[A-Za-z]+$/.test(sorted[i + 1]!.word);
    if (code) {
      const next = sorted[i + 1]!;
      items.push({ kind: 'word', start: t.start, end: next.end, word: t.word + next.word, tag: 'nz' });
      i += 2;
      continue;
    }
    const word = t.word;
    let kind: Kind = 'word';
    // a bound one-character morpheme jieba leaves apart is a suffix of the noun before (`网格/员`)
    const prev = items[items.length - 1];
    const suffix = word.length === 1 && (t.tag === 'zg' || t.tag === 'k') && prev?.kind === 'word' && prev.end === t.start && isHan(prev.word) && isNominalTag(prev.tag);
    if (CLAUSE_MARK_TOKEN.test(word)) kind = 'punct';
    else if (LIST_SEP.has(word) && (word === '、' || t.tag === 'c' || t.tag === 'x')) kind = 'list';
    else if (word === '的' || word === '之') kind = 'de';
    else if (quantities.some((q) => q.approxStart != null && q.approx && t.start === q.approxStart && t.word === q.approx)) kind = 'qual';
    else if (/^\s+$/.test(word) || word === '等' || word === '等等') kind = word.trim() ? 'de' : 'punct';
    items.push({ kind, start: t.start, end: t.end, word, tag: suffix ? 'n' : t.tag });
    i++;
  }
  // whitespace is not a clause end; drop it
  return items.filter((it) => !(it.kind === 'punct' && /^\s+$/.test(it.word)));
}

/** Strips the quotes of an object that is one quoted name (`“青年大学习”` → 青年大学习). */
function objectText(text: string, parts: Item[]): string | null {
  if (parts.length === 0) return null;
  const s = text.slice(parts[0]!.start, parts[parts.length - 1]!.end);
  if (parts.length === 1 && parts[0]!.kind === 'quote') return s.slice(1, -1) || null;
  return s;
}

/**
 * The noun phrase ending just before index `k` (exclusive), read leftwards. A verb joins it when
 * it modifies an event noun (`专题学习研讨`, `党史知识测试`) or when another verb stands before it
 * to govern the whole (`完成履职谈话`).
 */
function nounPhraseBefore(items: Item[], k: number): { from: number; parts: Item[] } {
  const parts: Item[] = [];
  let j = k - 1;
  while (j >= 0) {
    const it = items[j]!;
    if (isNominal(it)) {
      parts.unshift(it);
      j--;
      continue;
    }
    const next = parts[0];
    // a stray one-character word tagged m inside a name (`联合党/日/活动`)
    if (next && it.kind === 'word' && it.tag === 'm' && it.word.length === 1 && !/[0-9零〇一二两三四五六七八九十百千万亿]/.test(it.word) && items[j - 1] && isNominal(items[j - 1]!)) {
      parts.unshift({ ...it, tag: 'n' });
      j--;
      continue;
    }
    // `共有在职党员38人`: after 有/共有 a verb before a noun describes it
    if (next && isPlainNoun(next) && it.kind === 'word' && isVerbTag(it.tag) && items[j - 1]?.kind === 'word' && EXISTENTIAL.has(items[j - 1]!.word)) {
      parts.unshift(it);
      j--;
      continue;
    }
    if (next && isAdjective(it)) {
      parts.unshift(it);
      j--;
      continue;
    }
    // a measure word after a noun is a suffix of it (`警示教育片5部`), or joins two (`4A级景区`)
    if ((next === undefined || isNominal(next)) && it.kind === 'word' && it.tag === 'q' && it.word.length === 1 && items[j - 1] && isNominal(items[j - 1]!)) {
      parts.unshift({ ...it, tag: 'n' });
      j--;
      continue;
    }
    if (it.kind === 'word' && isVerbTag(it.tag) && !SUPPORT_VERBS.has(it.word)) {
      // a one-character verb heading a noun is a noun suffix (`专题学习会X次`, `整改率100%`)
      if (!next && isSuffixVerb(items, j)) {
        parts.unshift({ ...it, tag: 'vn' });
        j--;
        continue;
      }
      // and the verb it attaches to belongs to the noun (`整改率`, `执行率`)
      if (next && next.tag === 'vn' && next.word.length === 1 && next.kind === 'word') {
        parts.unshift(it);
        j--;
        continue;
      }
      // (`参加率` is a rate of taking part: there the verb is part of the noun)
      if (isEventNoun(next) && !(PARTICIPATION_VERBS.has(it.word) && !next!.word.startsWith('率'))) {
        let p = j - 1;
        while (p >= 0 && items[p]!.kind === 'word' && ['了', '过', '着'].includes(items[p]!.word)) p--;
        const before = items[p];
        // `各类学习活动`: a determiner or adjective before the verb also marks it as a modifier
        // (and so does a list separator: `宣讲、知识竞赛等活动` — the verb opens a listed activity)
        const determiner = (before?.kind === 'word' && (/^[rb]/.test(before.tag) || before.tag === 'a') && !isLight(before)) || before?.kind === 'list';
        if (before && (isNominal(before) || determiner || (verbOf(before) !== null && !EXISTENTIAL.has(before.word)))) {
          parts.unshift(it);
          j--;
          continue;
        }
      }
    }
    // `党建、全面从严治党工作`: a list inside the object, as long as no quantity is listed.
    if (parts.length && (it.kind === 'list' || (it.kind === 'de' && it.word.startsWith('等')))) {
      let inner = nounPhraseBefore(items, j);
      // `积极分子教育、学习等活动`, `义诊、公益电影播放等活动`: a listed activity may be named by
      // its verb (with its modifiers), but only as the member's last word: a verb before its nouns governs them
      const last = items[j - 1];
      if (!inner.parts.length && last?.kind === 'word' && isVerbTag(last.tag) && !SUPPORT_VERBS.has(last.word) && !EXISTENTIAL.has(last.word)) {
        const mods = nounPhraseBefore(items, j - 1);
        inner = { from: mods.from, parts: [...mods.parts, last] };
      }
      if (inner.parts.length && items[inner.from - 1]?.kind !== 'qty') {
        parts.unshift(...inner.parts, it);
        j = inner.from - 1;
        continue;
      }
    }
    break;
  }
  return { from: j + 1, parts };
}

/** The head of an enumerated object: what follows the last `等` (`X、Y等实践活动` → 实践活动). */
function head(parts: Item[]): Item[] {
  const k = parts.map((p) => p.kind === 'de' && p.word.startsWith('等')).lastIndexOf(true);
  return k >= 0 ? parts.slice(k + 1) : parts;
}

/** The noun phrase starting at index `k`, read rightwards; after `的` only the head counts. */
function nounPhraseAfter(items: Item[], k: number, allowVerbFirst: boolean): Item[] {
  let parts: Item[] = [];
  let j = k;
  while (j < items.length) {
    const it = items[j]!;
    const next = items[j + 1];
    // (a time word before a noun modifies it here: `10个未来产业`, `2个青年社会组织`)
    const modifier = isAdjective(it) || (it.kind === 'word' && it.tag === 't' && isHan(it.word));
    if (isNominal(it) || (modifier && next && (isNominal(next) || isAdjective(next)))) {
      parts.push(it);
    } else if (it.kind === 'de' && it.word === '的' && parts.length > 0 && next && (isNominal(next) || isVerbTag(next.tag))) {
      parts = []; // `12次“有主题…”的主题党日活动` → head after 的
    } else if (
      it.kind === 'word' &&
      isVerbTag(it.tag) &&
      (parts.length === 0 ? allowVerbFirst : items[j - 1]?.kind === 'list') &&
      next &&
      isNominal(next)
    ) {
      parts.push(it); // `XX户留守老人、留守儿童家庭`
    } else if (it.kind === 'list' && parts.length > 0 && next && next.kind !== 'qty' && (isNominal(next) || isVerbTag(next.tag))) {
      parts.push(it);
    } else {
      break;
    }
    j++;
  }
  while (parts.length && parts[parts.length - 1]!.kind === 'list') parts.pop();
  return parts;
}

/**
 * The verb governing position `k` from the left: skips light words, adverbs, time words and the
 * particle 的; stops at the clause start. Chained verbs give the one next to the object unless
 * they form a compound (`走访慰问`); a complement (`梳理出`) gives its verb.
 */
function verbBefore(items: Item[], k: number, skipNominal = false): { verb: string; at: number } | null {
  let j = k - 1;
  while (j >= 0) {
    const it = items[j]!;
    const v = verbOf(it);
    if (v !== null && !EXISTENTIAL.has(it.word) && !LIGHT.has(it.word)) return chain(items, j, v);
    const skippable =
      isLight(it) ||
      it.kind === 'de' ||
      it.kind === 'qual' ||
      (it.kind === 'word' && (isAdverbTag(it.tag) || /^[tmrf]/.test(it.tag) || it.tag === 'ul' || it.tag === 'uz' || EXISTENTIAL.has(it.word))) ||
      // `组建A、B和C等4支队伍`: a listed object lies between the verb and the count
      (skipNominal && (isNominal(it) || it.kind === 'qty' || it.kind === 'list'));
    if (!skippable) return null;
    j--;
  }
  return null;
}

function chain(items: Item[], j: number, verb: string): { verb: string; at: number } {
  const it = items[j]!;
  const prev = items[j - 1];
  const prevVerb = prev ? verbOf(prev) : null;
  // `带领干部排查/vn化解/v矛盾`: a verbal noun that no verb governs fuses with the verb after it too
  const governed = j >= 2 && verbOf(items[j - 2]!) !== null;
  if (prev?.kind === 'word' && prev.tag === 'vn' && !governed && isVerbTag(it.tag) && prev.word.length >= 2 && it.word.length >= 2) {
    return { verb: prev.word + it.word, at: j - 1 };
  }
  if (prevVerb !== null && prev && prev.kind === 'word' && isVerbTag(prev.tag) && isVerbTag(it.tag)) {
    if (it.word.length === 1 && COMPLEMENTS.has(it.word)) return { verb: prevVerb, at: j - 1 };
    // `研究部署`, `走访慰问`: two content verbs fuse; a support verb before just opens the chain.
    if (!SUPPORT_VERBS.has(prev.word) && !EXISTENTIAL.has(prev.word) && !LIGHT.has(prev.word) && prev.word.length >= 2 && it.word.length >= 2) {
      return { verb: prev.word + it.word, at: j - 1 };
    }
  }
  return { verb, at: j };
}

/** The verb after position `k` in the clause (for counts of people who then act). */
function verbAfter(items: Item[], k: number): { verb: string; at: number } | null {
  for (let j = k; j < items.length; j++) {
    const it = items[j]!;
    if (it.kind === 'punct') return null;
    const v = verbOf(it);
    if (v !== null && !EXISTENTIAL.has(it.word) && !LIGHT.has(it.word)) {
      const next = items[j + 1];
      const nv = next ? verbOf(next) : null;
      if (nv && next && isVerbTag(next.tag) && isVerbTag(it.tag) && !SUPPORT_VERBS.has(it.word) && it.word.length >= 2 && next.word.length >= 2) {
        return { verb: it.word + next.word, at: j + 1 };
      }
      if (SUPPORT_VERBS.has(it.word) && nv && next) return { verb: nv, at: j + 1 };
      return { verb: v, at: j };
    }
  }
  return null;
}

/**
 * The verb people do right after they are named (`志愿者参与`, `党员到社区报到`): only adverbs and
 * a place phrase may stand between.
 */
function peopleActing(items: Item[], k: number): { verb: string; at: number } | null {
  let j = k;
  while (j < items.length && items[j]!.kind === 'word' && (isAdverbTag(items[j]!.tag) || isLight(items[j]!))) j++;
  const it = items[j];
  if (it?.kind === 'word' && PLACE_OPENERS.has(it.word) && items[j + 1] && isNominal(items[j + 1]!)) {
    j++;
    while (j < items.length && isNominal(items[j]!)) j++;
  }
  const v = items[j];
  if (!v || v.kind !== 'word' || !isVerbTag(v.tag) || EXISTENTIAL.has(v.word) || isLight(v)) return null;
  return { verb: v.word, at: j }; // their own verb, even a support verb (`参与`): what follows is what they took part in
}

/** A people noun standing before the verb at `at` (`领导干部讲党课15人` → 领导干部). */
function personBefore(text: string, items: Item[], at: number): string | null {
  let j = at - 1;
  while (j >= 0 && items[j]!.kind === 'word' && (isAdverbTag(items[j]!.tag) || isLight(items[j]!))) j--;
  if (j < 0) return null;
  const { from, parts } = nounPhraseBefore(items, j + 1);
  const s = objectText(text, parts);
  if (s && PERSON_NOUN.test(s)) return s;
  // `在职党员到社区报到`: the place is not who acted; the people stand before it
  const opener = items[from - 1];
  if (parts.length && opener?.kind === 'word' && PLACE_OPENERS.has(opener.word)) return personBefore(text, items, from - 1);
  return null;
}

function attributeOne(text: string, items: Item[], k: number, quantities: QuantitySpan[], done: Map<number, Attribution>, aside: Set<number> = new Set()): Attribution {
  const q = quantities[items[k]!.q!]!;
  const unit = q.unit;
  const people = PEOPLE_UNITS.has(unit);
  /** The attribution of the nearest quantity before this one, passing over those in `except`. */
  const previous = (except?: Set<number>) => [...done.entries()].filter(([idx]) => idx < k && !except?.has(idx)).sort((x, y) => y[0] - x[0])[0]?.[1] ?? null;

  // Neighbours, skipping adjacent quantities (`讲党课X人X轮次`, `XX万余元XXX棵树苗`).
  let b = k - 1;
  while (b >= 0 && (items[b]!.kind === 'qty' || items[b]!.kind === 'qual')) b--;
  while (b >= 0 && isLight(items[b]!)) b--;
  if (b > 0 && items[b]!.kind === 'word' && VERB_PREPOSITIONS.has(items[b]!.word)) {
    const verb = items[b - 1]!;
    if (verbOf(verb) !== null || (verb.kind === 'word' && (verb.tag === 'a' || verb.tag === 'ad'))) b--; // 稳定在
  }
  let a = k + 1;
  while (a < items.length && (items[a]!.kind === 'qty' || items[a]!.kind === 'qual')) a++;
  const before = b >= 0 ? items[b]! : null;
  const after = a < items.length ? items[a]! : null;

  // A clause that is just this quantity: `开展工作约谈XX次，XX人次`.
  if (!before && !after) return previous() ?? { action: null, object: null };

  // `…550件，比上年同期847件少297件`: a comparison's figures count what the figure before counts.
  // (not a figure in brackets: `550件（含上级转办246件），比上年同期…` compares the 550)
  if (items[0] && COMPARISON.test(text.slice(items[0].start, items[k]!.start))) {
    return { action: null, object: previous(aside)?.object ?? null };
  }

  // Items of a list of metrics share the verb of the first: `评选X个…、X名…和X名…`,
  // `开展专题读书班1期、专题学习研讨9次`, `选树4个优秀典型和13起警示案例`.
  const listed = (sep: number): boolean => {
    if (items[sep]?.kind !== 'list') return false;
    if (items[sep - 1]?.kind === 'qty') return true;
    const np = nounPhraseBefore(items, sep);
    return np.parts.length > 0 && items[np.from - 1]?.kind === 'qty';
  };

  // V Q O: a noun phrase right after the quantity is what it counts.
  const beforeIsNominal = before !== null && isNominal(before);
  // A verb may open it only where nothing nominal precedes (`为村上XX户留守老人…`), so that
  // `党员干部XX人参加培训` keeps its people before the number.
  const objAfter = after ? nounPhraseAfter(items, a, !beforeIsNominal) : [];
  if (objAfter.length > 0) {
    const object = objectText(text, objAfter);
    let action: string | null = null;
    if (b >= 0 && listed(b)) action = previous()?.action ?? null;
    // the word right before the number: a verb, or an unknown word or adverb-tagged verb (`选树`, `明确`)
    if (!action && before && before.kind === 'word' && isHan(before.word)) {
      const v = verbOf(before);
      if (v !== null && !EXISTENTIAL.has(before.word)) action = chain(items, b, v).verb;
      else if (before.tag === 'x' || before.tag === 'ad' || before.tag === 'a') action = before.word;
    }
    if (!action) action = verbBefore(items, k, true)?.verb ?? null;
    // no verb before: the one after the things or people counted (`2名同志参加培训`); and people
    // counted who then act take that act (`组织500余名志愿者参与`, `帮助2名贫困学生申请`)
    const acting = people && object && PERSON_NOUN.test(object) ? peopleActing(items, a + objAfter.length) : null;
    if (acting) action = acting.verb;
    if (!action) action = verbAfter(items, a + objAfter.length)?.verb ?? null;
    return { action, object };
  }

  // Q V …: people who act (`XX人次下沉XX个居住地社区`).
  const acting = people && after && verbOf(after) !== null && !EXISTENTIAL.has(after.word) ? verbAfter(items, a) : null;
  if (acting) {
    const v = acting;
    const person = before ? personBefore(text, items, b + 1) : null;
    let j = v.at + 1;
    while (j < items.length && (items[j]!.kind === 'qty' || isLight(items[j]!) || items[j]!.kind === 'qual')) j++;
    const obj = objectText(text, nounPhraseAfter(items, j, false));
    return { action: v.verb, object: person ?? obj };
  }

  if (!before) return { action: null, object: null };

  // … V Q: a verb right before the quantity (a one-character verb after a noun is a suffix: 专题会).
  // (jieba tags 落实 and the like `a`; right before a number they act as verbs)
  const v0 = verbOf(before) ?? (before.kind === 'word' && (before.tag === 'a' || before.tag === 'ad') ? before.word : null);
  // `提出意见建议2979件、提案3397件`: a verb alone between a listed quantity and this one is a noun,
  // the next thing counted under the first's verb
  if (v0 !== null && b > 0 && listed(b - 1) && isVerbTag(before.tag) && !RATE_UNITS.has(unit) && !RESULT_VERBS.has(before.word)) {
    return { action: previous()?.action ?? null, object: before.word };
  }
  if (v0 !== null && (isVerbTag(before.tag) || before.tag === 'a' || before.tag === 'ad') && !isSuffixVerb(items, b)) {
    if (COUNT_UNITS.has(unit)) {
      // `开展宣讲3轮次`, `开展工作约谈XX次`: the verb names the event; the verb governing it is
      // the action, a support verb (`开展集中入户帮扶`) before any other.
      const gov = governor(items, b);
      if (gov) {
        let from = gov.at + 1;
        // `组织党员到红色教育基地参观学习3次`: a place or a partner after a preposition is not the event
        for (let p = b - 1; p > from; p--) {
          if (items[p]!.kind === 'word' && items[p]!.tag === 'p') {
            from = p + 1;
            while (from < b && isNominal(items[from]!)) from++;
            break;
          }
        }
        while (from < b && items[from]!.kind === 'word' && (isAdverbTag(items[from]!.tag) || /^[rm]/.test(items[from]!.tag) || isLight(items[from]!))) from++;
        return { action: chain(items, gov.at, gov.verb).verb, object: objectText(text, items.slice(from, b + 1)) };
      }
    }
    // `团员参加率均达到85%`, `走访慰问XX户`: the verb is the action, the noun before it the object.
    const c = chain(items, b, v0);
    // `受理信访举报XX件`: a verb right before the verbs names what they form; it is the action.
    const outer = items[c.at - 1];
    const outerVerb = outer ? verbOf(outer) : null;
    if (c.at < b && outer && outerVerb !== null && isVerbTag(outer.tag) && !SUPPORT_VERBS.has(outer.word) && !EXISTENTIAL.has(outer.word)) {
      return { action: chain(items, c.at - 1, outerVerb).verb, object: objectText(text, items.slice(c.at, b + 1)) };
    }
    let j = c.at;
    while (j > 0 && items[j - 1]!.kind === 'word' && (isAdverbTag(items[j - 1]!.tag) || isLight(items[j - 1]!))) j--;
    const np = nounPhraseBefore(items, j);
    const prep = items[np.from - 1];
    // `为xxxx捐款`: a noun after a preposition is a beneficiary or a place, not the thing counted
    let object = prep && prep.kind === 'word' && prep.tag === 'p' ? null : objectText(text, head(np.parts));
    const person = personBefore(text, items, c.at);
    // `来信292件占73%`, `其中，初次举报362件`: a clause that opens on one verb before a count has no
    // verb besides: the verb names what was counted, as a noun (the guide's verbless clause)
    const closes = !after || after.kind === 'punct' || (after.kind === 'word' && (after.word === '占' || after.word.startsWith('比') || after.tag === 'p'));
    if (np.parts.length === 0 && j === 0 && c.at === b && closes && !person && COUNT_UNITS.has(unit) && !SUPPORT_VERBS.has(c.verb) && !RESULT_VERBS.has(c.verb)) {
      let from = 0;
      while (from < b && isLight(items[from]!)) from++;
      return { action: null, object: objectText(text, items.slice(from, b + 1)) };
    }
    if (people) return { action: c.verb, object: person ?? object };
    // `党委中心组集体学习14次`, `交流发言56人次`: with no verb governing it, the verb before an
    // event unit is the event itself; the clause has no action.
    if (COUNT_UNITS.has(unit) && !person && closes) {
      const from = np.parts.length ? np.from : c.at;
      return { action: null, object: objectText(text, items.slice(from, b + 1)) };
    }
    // `生产总值达到3256.8亿元，增长4.5%`: a rate with no noun of its own is the rate of the
    // quantity before it; so is any figure of a clause that opens with its verb, its subject
    // left out (`地区生产总值突破3000亿元，达到3056亿元`).
    if (object === null && (RATE_UNITS.has(unit) || (np.parts.length === 0 && j === 0))) object = previous()?.object ?? null;
    return { action: c.verb, object };
  }

  // `信访举报占总量的62.34%`: a share of a whole counts the subject of 占, not the whole
  if (RATE_UNITS.has(unit) && before.kind === 'de' && before.word === '的') {
    const whole = nounPhraseBefore(items, b);
    const v = whole.parts.length ? verbBefore(items, whole.from) : null;
    if (v) {
      const subject = objectText(text, head(nounPhraseBefore(items, v.at).parts));
      return { action: v.verb, object: subject ?? previous()?.object ?? null };
    }
  }

  // … V O Q: the noun phrase before the quantity, and the verb before that.
  const np = nounPhraseBefore(items, b + 1);
  let object = objectText(text, head(np.parts));
  let action: string | null = null;
  if (np.from - 1 >= 0 && listed(np.from - 1)) {
    // `分别增长4.1%和6.3%`: a bare list member shares verb and noun
    action = previous()?.action ?? null;
    object ??= previous()?.object ?? null;
  }
  if (!action) {
    const v = verbBefore(items, np.from);
    action = v?.verb ?? null;
    // `领导干部讲党课15人`: the people are the subject of the verb.
    if (people && v) object = personBefore(text, items, v.at) ?? object;
    // `培训青年干部80人`: a verbal noun before the people counted is what was done to them.
    const first = np.parts[0];
    if (people && !v && first && first.kind === 'word' && first.tag === 'vn' && np.parts.length > 1) {
      const rest = objectText(text, np.parts.slice(1));
      if (rest && PERSON_NOUN.test(rest)) return { action: first.word, object: rest };
    }
  }
  return { action, object };
}

/**
 * The verb that governs an event verb at `b` (`开展` in `开展集中入户帮扶`): the nearest support
 * verb in the clause if there is one, else the nearest verb separated from it only by nouns,
 * adverbs and modifiers.
 */
function governor(items: Item[], b: number): { verb: string; at: number } | null {
  for (let j = b - 1; j >= 0; j--) {
    const it = items[j]!;
    const v = verbOf(it);
    if (v !== null && SUPPORT_VERBS.has(v)) return { verb: v, at: j };
    if (it.kind !== 'word' && it.kind !== 'quote') break;
  }
  let j = b - 1;
  while (j >= 0 && items[j]!.kind === 'word' && isVerbTag(items[j]!.tag)) j--; // `来信来访`
  while (j >= 0 && (isNominal(items[j]!) || isAdjective(items[j]) || (items[j]!.kind === 'word' && (isAdverbTag(items[j]!.tag) || /^[rm]/.test(items[j]!.tag) || isLight(items[j]!))))) j--;
  const gov = j >= 0 && j < b ? items[j]! : null;
  const v = gov ? verbOf(gov) : null;
  return gov && v !== null && !EXISTENTIAL.has(gov.word) ? { verb: v, at: j } : null;
}

/**
 * Attributions for the quantities of one sentence, in the order given. `tokens` are the
 * segmenter's tokens of the sentence (absolute offsets).
 */
export function attribute(text: string, sentence: Span, tokens: Token[], quantities: QuantitySpan[]): Attribution[] {
  const items = toItems(text, sentence, tokens, quantities);
  const out: Attribution[] = quantities.map(() => ({ action: null, object: null }));
  // clause by clause, so that nothing crosses a comma
  let startIdx = 0;
  const done = new Map<number, Attribution>(); // by item index within the sentence
  // quantities inside brackets, by item index: asides, never the figure a comparison compares
  const aside = new Set<number>();
  items.forEach((it, i) => {
    if (it.kind !== 'qty') return;
    const before = text.slice(sentence.start, it.start);
    if ((before.match(/[（(]/g)?.length ?? 0) > (before.match(/[）)]/g)?.length ?? 0)) aside.add(i);
  });
  const flush = (endIdx: number) => {
    const clause = items.slice(startIdx, endIdx);
    const asideHere = new Set([...aside].map((idx) => idx - startIdx));
    clause.forEach((it, k) => {
      if (it.kind !== 'qty') return;
      // indices are clause-local for reading, sentence-wide for sharing with the quantity before
      const local = new Map<number, Attribution>();
      for (const [idx, at] of done) local.set(idx - startIdx, at);
      const at = attributeOne(text, clause, k, quantities, local, asideHere);
      done.set(startIdx + k, at);
      out[it.q!] = at;
    });
  };
  items.forEach((it, i) => {
    if (it.kind === 'punct') {
      flush(i);
      startIdx = i + 1;
    }
  });
  flush(items.length);
  return out;
}
