/**
 * Categories of the bundled dictionary terms (dictionaries/political-terms.utf8). A term's
 * category is carried in jieba's tag column, so a token's `tag` is either an ordinary jieba POS
 * tag or one of the codes below (see dictionaries/README.md).
 */

export type TermCategory = 'formulation' | 'institution' | 'campaign' | 'thought' | 'policy';

/** Tag code → category. */
export const CATEGORY_BY_TAG: ReadonlyMap<string, TermCategory> = new Map<string, TermCategory>([
  ['nfm', 'formulation'], // 提法: 四个意识, 两个维护, 三会一课, 十四五, 全面从严治党 …
  ['nin', 'institution'], // bodies and meetings: 党委理论学习中心组, 民主生活会, 纪委, 巡视 …
  ['ncp', 'campaign'], // campaigns and activities: 党史学习教育, 我为群众办实事, 学习强国 …
  ['nth', 'thought'], // thoughts, congresses, plenums, documents: 党的二十大, 十九届六中全会 …
  ['nwk', 'policy'], // general policy vocabulary: 乡村振兴, 营商环境, 城镇调查失业率 …
]);

/** Category → tag code. */
export const TAG_BY_CATEGORY: ReadonlyMap<TermCategory, string> = new Map(
  [...CATEGORY_BY_TAG].map(([tag, category]) => [category, tag] as const),
);

/** The category tag codes, in dictionary order. */
export const CATEGORY_TAGS: readonly string[] = [...CATEGORY_BY_TAG.keys()];

/** The category of a token tag, or undefined for ordinary jieba tags. */
export function categoryOf(tag: string): TermCategory | undefined {
  return CATEGORY_BY_TAG.get(tag);
}

export function isCategoryTag(tag: string): boolean {
  return CATEGORY_BY_TAG.has(tag);
}

/**
 * jieba's nominal tags: n 名词, ng 名词性语素, nr 人名 (nrfg, nrt), ns 地名, nt 机构团体,
 * nz 其他专名, vn 名动词, an 名形词. `j` (简称) is left out: jieba tags verbs such as 深化 with it.
 */
const JIEBA_NOUN_TAGS: ReadonlySet<string> = new Set(['n', 'ng', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'vn', 'an']);

/** True for jieba noun tags and for the category tags of dictionary terms. */
export function isNounTag(tag: string): boolean {
  return JIEBA_NOUN_TAGS.has(tag) || CATEGORY_BY_TAG.has(tag);
}
