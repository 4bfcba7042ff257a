/**
 * outdated-formulation: a formulation used after it was superseded, judged by the report's own year
 * of work (dictionaries/outdated-formulations.tsv, a source for each entry): `学习贯彻党的十九大精神`
 * in a report on 2023 work, `决胜全面建成小康社会` after 2021. A report without a year is not judged.
 * A document's title in `《》` is cited as issued and left alone. Longer entries win where two overlap (`党的十九大和十九届历次全会精神` over `十九届历次全会精神`).
 */
import type { VFile } from 'vfile';
import type { Root } from '../../tree/types.js';
import { readRows } from '../dictionaries.js';
import { report } from '../message.js';
import { inSpans, titleSpans } from '../quoted.js';

interface Outdated {
  written: string;
  from: number;
  current: string;
}

let entries: Outdated[] | undefined;

function load(): Outdated[] {
  entries ??= readRows('outdated-formulations.tsv')
    .map(([written, from, current]) => ({ written: written!, from: Number(from), current: current! }))
    .sort((a, b) => b.written.length - a.written.length);
  return entries;
}

export default function outdatedFormulation() {
  return (_tree: Root, file: VFile) => {
    const year = (file.data as { year?: number | null }).year;
    if (!year) return;
    const text = String(file.value);
    const taken: Array<[number, number]> = [];
    const titles = titleSpans(text);
    for (const e of load()) {
      if (year < e.from) continue;
      for (let at = text.indexOf(e.written); at >= 0; at = text.indexOf(e.written, at + e.written.length)) {
        const end = at + e.written.length;
        if (taken.some(([s, t]) => at < t && s < end)) continue;
        if (inSpans(titles, at, end)) continue;
        taken.push([at, end]);
        report(file, 'outdated-formulation', {
          start: at,
          end,
          reason: `提法已更新（outdated formulation）：${year}年的报告应写“${e.current}”`,
          expected: [e.current],
        });
      }
    }
  };
}
