/**
 * Whether a review met a plan's numeric targets: units converted where they measure the same thing
 * (万人 and 人), then compared by polarity (plans/polarity.ts) and direction, as §6 of the
 * annotation guide says.
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

/** The family of a unit: its units differ in scale only (万人 and 人 are 人). */
export function unitFamily(unit: string): string {
  return SCALE[unit]?.[0] ?? unit;
}

export function compatibleUnits(a: string, b: string): boolean {
  return a === b || convert(1, a, b) !== null;
}

/**
 * Whether `actual` meets a target, by the annotation guide's §6: a ceiling (a less-is-better
 * indicator whatever its modifier, or 以内/以下/控制在) is met at or below its value (the top of a
 * range); `左右` on a higher-is-better rate within half a point below, on a level within 2% below;
 * anything else at or above its value (the bottom of a range).
 */
export function isMet(target: { value: number; valueMax: number | null; polarity: Polarity; lowerIsBetter: boolean; unit: string }, actual: number): boolean {
  const low = target.value;
  const high = target.valueMax ?? target.value;
  // Decimal arithmetic: 4.4 − 0.5 is 3.9000000000000004, and 3.9 must still meet it.
  if (target.lowerIsBetter || target.polarity === 'ceiling') return actual <= high + EPSILON;
  if (target.polarity === 'around') return actual >= (RATE_UNITS.has(target.unit) ? low - 0.5 : low * 0.98) - EPSILON;
  return actual >= low - EPSILON;
}

const EPSILON = 1e-9;

const RATE_UNITS = new Set(['%', '个百分点']);
