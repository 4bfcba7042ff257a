/**
 * Deadlines and time frames of a plan task: `年底`, `年底前`, `上半年`, `一季度`, `6月底前`,
 * `“七一”前后`, `国庆前`, `年内`. Cadences (`每月`, `每季度`) say how often, not by when, and are
 * left to the targets they qualify.
 */
export interface Deadline {
  text: string;
  start: number;
  end: number;
}

const Q = '[“"‘]?';
const UQ = '[”"’]?';
const NUMERAL = '[0-9０-９一二三四五六七八九十]{1,3}';
const DEADLINE = new RegExp(
  [
    `(?:年底|年末|年中|年初|年内|年前|岁末)(?:前|之前)?`,
    `[上下]半年`,
    `(?:第?[一二三四1-4])季度(?:末|底|前)?`,
    `${NUMERAL}月(?:底|末|份|中旬|上旬|下旬)?(?:前|之前)`,
    `${NUMERAL}月(?:底|末|中旬|上旬|下旬)`,
    `${Q}(?:七一|五一|十一|五四|元旦|春节|国庆|中秋|清明)${UQ}(?:前后|前|期间|节前)`,
    `(?:全国|省|市|区|县)?两会(?:前后|前|期间)`,
  ].join('|'),
  'g',
);

/** Deadlines in [from, to) of `text`, with offsets into `text`. */
export function findDeadlines(text: string, from = 0, to = text.length): Deadline[] {
  const found: Deadline[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(DEADLINE)) {
    // `2022年底` is a deadline too; `年初至今` looks back, not ahead.
    if (/^年初/.test(m[0]) && /^至今|^以来/.test(slice.slice(m.index! + m[0].length))) continue;
    found.push({ text: m[0], start: from + m.index!, end: from + m.index! + m[0].length });
  }
  return found;
}
