/**
 * Polarity of a numeric target, from its words: 以上/至少/不低于/超过/多/余 → floor; 以内/不超过/
 * 以下/控制在 → ceiling; 左右/约 → around. Without a qualifier a target is a floor, unless its
 * indicator is one where lower is better (dictionaries/lower-is-better.utf8: 涨幅, 失业率, 赤字率,
 * 能耗 …), which makes it a ceiling.
 */
import { readFileSync } from 'node:fs';
import { dictionaryPath } from '../segment/dictionaries.js';

export type Polarity = 'floor' | 'ceiling' | 'around';

// Negated forms first: 不低于 holds 低于, 不超过 holds 超过.
const NOT_BELOW = /不低于|不少于/;
const NOT_ABOVE = /不超过|不高于|不多于/;
const FLOOR = /以上|至少|超过|多|余|逾/;
const CEILING = /以内|以下|控制在|低于|少于/;
const AROUND = /左右|约|上下|大约|前后/;

let lowerBetter: string[] | undefined;
function lowerIsBetterTerms(): string[] {
  lowerBetter ??= readFileSync(dictionaryPath('lower-is-better.utf8'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .sort((a, b) => b.length - a.length);
  return lowerBetter;
}

/** True when the words around a quantity name an indicator where less is better. */
export function lowerIsBetter(context: string): boolean {
  return lowerIsBetterTerms().some((t) => context.includes(t));
}

/** The polarity of a target, from its qualifier and (when there is none) its indicator. */
export function polarityOf(approx: string | null, context: string): Polarity {
  if (approx && NOT_BELOW.test(approx)) return 'floor';
  if (approx && NOT_ABOVE.test(approx)) return 'ceiling';
  if (approx && CEILING.test(approx)) return 'ceiling';
  if (approx && AROUND.test(approx)) return 'around';
  if (approx && FLOOR.test(approx)) return 'floor';
  if (/控制在/.test(context)) return 'ceiling';
  return lowerIsBetter(context) ? 'ceiling' : 'floor';
}
