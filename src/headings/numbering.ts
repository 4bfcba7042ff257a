/**
 * Numbering checks: a repeated number (two `三是`), a skipped one (`一、` then `三、`), and bracket
 * widths that change among siblings (`（一）` then `(二)`). Problems are reported, never repaired:
 * the text and the headings stay as written.
 */
import type { Marker } from './markers.js';
import { chineseNumeral } from '../text/numerals.js';

export interface NumberingProblem {
  ruleId: 'repeated-number' | 'skipped-number' | 'mixed-brackets';
  reason: string;
  marker: Marker;
}

interface Sequence {
  last: number;
  bracket: 'full' | 'half' | null;
}

const label = (m: Marker, n: number) =>
  m.level === 'item' ? `${chineseNumeral(n)}是` : m.level === 1 || m.level === 2 ? chineseNumeral(n) : String(n);

/** Tracks one sequence per (parent, level); the parser calls `check` for each marker in order. */
export class NumberingChecker {
  private sequences = new Map<object, Map<string, Sequence>>();
  /** Last number seen per level anywhere, for numbering that runs on across parents (001: 3. then 二、 then 4.). */
  private lastByLevel = new Map<string, number>();

  check(parent: object, marker: Marker): NumberingProblem[] {
    if (marker.ordinal === null) return [];
    let byLevel = this.sequences.get(parent);
    if (!byLevel) this.sequences.set(parent, (byLevel = new Map()));
    const key = String(marker.level);
    const seq = byLevel.get(key);
    const problems: NumberingProblem[] = [];
    const n = marker.ordinal;
    const runOn = this.lastByLevel.get(key);
    this.lastByLevel.set(key, n);
    if (!seq) {
      if (n !== 1 && n !== (runOn ?? 0) + 1) {
        problems.push({ ruleId: 'skipped-number', reason: `Numbering starts at “${marker.marker}”, expected ${label(marker, 1)}`, marker });
      }
      byLevel.set(key, { last: n, bracket: marker.bracket });
      return problems;
    }
    // Items may restart at 一是 in a new paragraph of the same section: a new list, not an error.
    if (n === seq.last) {
      problems.push({ ruleId: 'repeated-number', reason: `Repeated number “${marker.marker}”`, marker });
    } else if (n !== seq.last + 1 && !(marker.level === 'item' && n === 1)) {
      problems.push({
        ruleId: 'skipped-number',
        reason: `“${marker.marker}” follows ${label(marker, seq.last)}; expected ${label(marker, seq.last + 1)}`,
        marker,
      });
    }
    if (seq.bracket && marker.bracket && seq.bracket !== marker.bracket) {
      problems.push({
        ruleId: 'mixed-brackets',
        reason: `“${marker.marker}” uses ${marker.bracket}-width brackets among ${seq.bracket}-width siblings`,
        marker,
      });
    }
    seq.last = n;
    return problems;
  }
}
