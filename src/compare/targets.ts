/**
 * Numeric targets of a plan and whether the review met them.
 *
 * Polarity comes from the words: 以上/至少/不低于/超过/多/余 → floor; 以内/不超过/以下/控制在 →
 * ceiling; 左右/约 → around. Without a qualifier a target is a floor, unless its indicator is one
 * where lower is better (dictionaries/lower-is-better.utf8: 涨幅, 失业率, 赤字率, 能耗 …), which
 * makes it a ceiling. An `around` target is met within a tolerance, and also when it errs on the
 * good side of a directional indicator (prices rising 2% against "3% 左右" is met).
 */
import { readFileSync } from 'node:fs';
import { dictionaryPath } from '../segment/dictionaries.js';
import type { MetricJson } from '../output/schema.js';

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

/** Multipliers of units that count the same thing at different scales. */
const SCALE: Record<string, [base: string, factor: number]> = {
  人: ['人', 1], 万人: ['人', 1e4], 亿人: ['人', 1e8], 名: ['人', 1],
  元: ['元', 1], 万元: ['元', 1e4], 亿元: ['元', 1e8], 万亿元: ['元', 1e12],
  个: ['个', 1], 万个: ['个', 1e4],
  户: ['户', 1], 万户: ['户', 1e4],
  吨: ['吨', 1], 万吨: ['吨', 1e4], 亿吨: ['吨', 1e8],
  斤: ['斤', 1], 万斤: ['斤', 1e4], 亿斤: ['斤', 1e8], 万亿斤: ['斤', 1e12],
  公里: ['公里', 1], 万公里: ['公里', 1e4],
  '%': ['%', 1], 个百分点: ['个百分点', 1],
};

/** The value of `m` in the unit of `target`, or null when the units do not measure the same thing. */
export function convert(value: number, unit: string, toUnit: string): number | null {
  if (unit === toUnit) return value;
  const a = SCALE[unit];
  const b = SCALE[toUnit];
  if (!a || !b || a[0] !== b[0]) return null;
  return (value * a[1]) / b[1];
}

export function compatibleUnits(a: string, b: string): boolean {
  return a === b || convert(1, a, b) !== null;
}

/**
 * Whether `actual` meets a target. Around: within 10% of the target (at least 0.5 for
 * percentages), or beyond it on the good side when the indicator has a direction.
 */
export function isMet(target: { value: number; valueMax: number | null; polarity: Polarity; lowerIsBetter: boolean; unit: string }, actual: number): boolean {
  const low = target.value;
  const high = target.valueMax ?? target.value;
  switch (target.polarity) {
    case 'floor':
      return actual >= low;
    case 'ceiling':
      return actual <= high;
    case 'around': {
      const tolerance = Math.max(Math.abs(high) * 0.1, target.unit === '%' || target.unit === '个百分点' ? 0.5 : 0);
      if (target.lowerIsBetter) return actual <= high + tolerance;
      return actual >= low - tolerance;
    }
  }
}

export interface TargetCandidate {
  metric: MetricJson;
  /** The clause or sentence around the metric, for polarity and matching. */
  context: string;
}
