/**
 * The indicator a figure measures, so that a target finds its realised figure by what it measures
 * rather than by shared words: `地区生产总值增长5%左右` and `全省生产总值增长5.2%` are one indicator,
 * `固定资产投资增长5%` another, however many words (`增长`) their clauses share.
 *
 * The indicator is the headline indicator named nearest before the figure in its clause
 * (dictionaries/indicators.utf8, which lists each indicator's other names), else the counted
 * thing's own words with the scope words (`全省`, `全市`) taken off.
 */
import { readFileSync } from 'node:fs';
import { dictionaryPath } from '../segment/dictionaries.js';

let names: Array<[alias: string, canonical: string]> | undefined;

/** Every name of every listed indicator, longest first, with its canonical name. */
function indicatorNames(): Array<[string, string]> {
  if (!names) {
    names = [];
    for (const line of readFileSync(dictionaryPath('indicators.utf8'), 'utf8').split(/\r?\n/)) {
      const [canonical, ...aliases] = line.trim().split(/\s+/);
      if (!canonical) continue;
      for (const alias of [canonical, ...aliases]) names.push([alias, canonical]);
    }
    names.sort((a, b) => b[0].length - a[0].length);
  }
  return names;
}

/** Whether `name` is the canonical name of a listed (headline) indicator. */
export function isHeadlineIndicator(name: string | null): name is string {
  return name !== null && indicatorNames().some(([alias, canonical]) => alias === name && canonical === name);
}

/** The canonical name of a listed indicator, or null. */
function canonicalOf(name: string): string | null {
  return indicatorNames().find(([alias]) => alias === name)?.[1] ?? null;
}

/**
 * `城镇、农村居民人均可支配收入分别增长3.4%、5.2%`: the k-th figure after 分别 measures the k-th
 * indicator of the list before it, whose items share the last item's head words; `城乡…` is
 * `城镇…` and `农村…`. Undefined without 分别; null when the list does not tell.
 */
function respectively(before: string): string | null | undefined {
  const k = before.lastIndexOf('分别');
  if (k < 0) return undefined;
  const nth = (before.slice(k).match(/、|和/g) ?? []).length;
  const list = before.slice(0, k).replace(SCOPE, '');
  let items = list.split(/、|和|及/).map((i) => i.replace(SCOPE, ''));
  if (items.length === 1 && items[0]!.startsWith('城乡')) items = ['城镇', `农村${items[0]!.slice(2)}`];
  const last = items[items.length - 1] ?? '';
  const item = items[nth];
  if (!item) return null;
  // `城镇` + the last item's head words (`居民人均可支配收入`), as long as that names an indicator.
  for (let j = 0; j <= last.length; j++) {
    const name = canonicalOf(item + last.slice(j));
    if (name) return name;
  }
  return null;
}

/** Words that make a listed indicator's name the name of another one (a part or a ratio of it: `跨境电商进出口`, `对东盟进出口`). */
const SUB_AGGREGATE = /(人均|县域|市域|第[一二三]产业|服务业|数字经济|民营经济|海洋|跨境电商|电商|一般贸易|加工贸易|货物贸易|服务贸易|民营企业|外资企业|国有企业|对[\u4e00-\u9fff]{1,6})$/;

/** Scope words before an indicator: whose figure it is, not what it measures. */
export const SCOPE = /^(全省|全市|全区|全县|全州|全盟|全国|全自治区|全社会|我省|我市|我区|我县|本省|本市|全年|今年|去年)+/;

/**
 * The indicator of a figure at `at` in `text`, looking back from it to `from` (the start of its
 * clause): a listed indicator's canonical name, else `object` without its scope words, else null.
 */
export function indicatorOf(text: string, from: number, at: number, object: string | null, otherMeasure?: RegExp): string | null {
  const before = text.slice(from, at);
  const listed = respectively(before);
  if (listed !== undefined) return listed;
  let best: { end: number; canonical: string; length: number } | null = null;
  for (const [alias, canonical] of indicatorNames()) {
    const k = before.lastIndexOf(alias);
    if (k < 0) continue;
    const end = k + alias.length;
    // `占地区生产总值比重33.5%`, `占全市生产总值的12%`: the name is the figure's denominator.
    if (otherMeasure?.test(before.slice(end)) || /占(?:全省|全市|全区|全县|全国)?$/.test(before.slice(0, k))) continue;
    // `人均地区生产总值`, `县域生产总值`: a part or a ratio of the indicator is an indicator of its own.
    if (SUB_AGGREGATE.test(before.slice(0, k))) continue;
    // The name nearest the figure wins; at one place, the longest (names are sorted longest first).
    if (!best || end > best.end || (end === best.end && alias.length > best.length)) best = { end, canonical, length: alias.length };
  }
  if (best) return best.canonical;
  const own = object?.replace(SCOPE, '') ?? '';
  return own.length >= 2 ? own : null;
}
