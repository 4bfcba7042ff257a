/**
 * year-consistency: a year that contradicts the report's own.
 * - In a plan part for year P (`二、2023年工作打算`, or a plan document for P), a clause that opens on
 *   an earlier year as what it plans (`2022年，我们将…`, `2022年要…`): a slip from last year's plan.
 *   A comparison (`比2022年`, `较2022年`), a span (`2022年以来`) or a deadline (`到2025年`) is left alone.
 * - In a summary of year Y, Y called `明年` (`明年（2022年）`).
 */
import type { VFile } from 'vfile';
import type { Root } from '../../tree/types.js';
import type { Kind } from '../../document/kind.js';
import { report } from '../message.js';

/** A year opening a clause of plans: `2022年，我们将`, `2022年要`, `2022年重点`. */
const PLANNED_YEAR = /(?:^|[\n。；：:，,]|[一二三四五六七八九十]是)((?:19|20)\d{2})年(?=[，,]?(?:我们将|将|要|计划|力争|重点|主要|工作思路))/g;
const NEXT_YEAR = /明年[（(]((?:19|20)\d{2})年[）)]/g;

export interface YearData {
  year?: number | null;
  kind?: Kind;
  /** Plan parts of the report: their year and span in the text. */
  planParts?: Array<{ year: number | null; start: number; end: number }>;
}

export default function yearConsistency() {
  return (_tree: Root, file: VFile) => {
    const data = file.data as YearData;
    const text = String(file.value);
    for (const part of data.planParts ?? []) {
      if (!part.year) continue;
      for (const m of text.slice(part.start, part.end).matchAll(PLANNED_YEAR)) {
        const y = Number(m[1]);
        if (y >= part.year) continue;
        const start = part.start + m.index + m[0].indexOf(m[1]!);
        report(file, 'year-consistency', {
          start,
          end: start + 5,
          reason: `年份与计划不符（year does not match the plan）：计划为${part.year}年，此处写${y}年`,
          expected: [`${part.year}年`],
        });
      }
    }
    if (data.year && data.kind !== 'plan') {
      for (const m of text.matchAll(NEXT_YEAR)) {
        if (Number(m[1]) !== data.year) continue;
        report(file, 'year-consistency', {
          start: m.index,
          end: m.index + m[0].length,
          reason: `年份称谓有误（year called next year）：${data.year}年的总结把${data.year}年称为“明年”`,
          expected: [`今年（${data.year}年）`],
        });
      }
    }
  };
}
