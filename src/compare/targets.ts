/**
 * Whether a review met a plan's numeric targets: units converted where they measure the same thing
 * (万人 and 人), then compared by polarity (plans/polarity.ts). An `around` target is met within a
 * tolerance, and also when it errs on the good side of a directional indicator (prices rising 2%
 * against "3% 左右" is met).
 */
import type { Polarity } from '../plans/polarity.js';

export { polarityOf, lowerIsBetter, type Polarity } from '../plans/polarity.js';

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
