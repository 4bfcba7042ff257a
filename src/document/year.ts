/**
 * The year whose work a document reports (for a plan, the year it plans for). Evidence, strongest
 * first: the title/preamble naming its period (`现将2021年党建工作总结如下`, `2022年是…`); a
 * review heading with a year (`2021年主要工作`); a year opening the text; the plan part's year
 * minus one (`2023年，我们将…` in a full-year review → 2022); the year most often named as a period
 * in the review (`2016年，…`, `2005年的各项工作`), never a date (`2014年8月`, `2004年初`, `2003年起`):
 * an event's date is not the report's period; else the year after problems it says were found in a
 * named year (`针对2020年度查摆的问题` → 2021). A period written masked (`20xx年工作总结`) gives null.
 */
import type { Root, Section } from '../tree/types.js';
import { leadIn, namedRole, roleOfTitle } from '../headings/roles.js';
import { arabicYears, firstYear, YEAR } from '../text/numerals.js';
import type { Kind } from './kind.js';
import { headText, isDelivered, topSections } from './kind.js';

// Each of these stays within one line; CRLF, CR and LF all end one.
const HEAD_PERIOD = new RegExp(`${YEAR}(?:度)?(?:上半年|下半年|前三季度|全年)?[^。\\r\\n]{0,24}?(?:总结|报告|汇报|情况|要点|计划|安排)`);
const HEAD_IS = new RegExp(`${YEAR}是`);
const OPENING = new RegExp(`^[\\s\\u3000\\u00a0\\ufeff]*${YEAR}`);
// A year named as a period: followed by a comma, 的, 是, or the words of a period's work; not by a
// month, a season, or 初/底/起/以来, which date an event or start a span.
const PERIOD_YEAR = new RegExp(`${YEAR}(?:度)?(?=[，,、；]|的|是|全年|上半年|下半年|(?:主要)?工作|各项|共|全镇|全区|全县|全市|全乡|全街道)`, 'g');
/** A masked year as the period (`20xx年工作总结`, `20**年度`, `XXXX年`). */
export const MASKED_YEAR = /(?:(?:19|20)[xX*＊×]{2}|[xX*＊×]{4})年/;
/**
 * Problems found in a named year and acted on in the report (`针对2020年度查摆的…问题`,
 * `整改2022年巡察反馈的问题`): the work reported is of a later year, the year after at the least.
 */
const PROBLEMS_OF_YEAR = new RegExp(`${YEAR}(?:度)?[^。；\r\n]{0,12}?(?:查摆|查找|反馈|指出|发现|梳理)(?:出)?的[^。；\r\n]{0,30}?问题`, 'g');
/** A title line that is only a year (`2023` above a title broken one word per line). */
const BARE_YEAR_LINE = /^[\s\u3000\ufeff]*((?:19|20)\d{2})(?:年)?[\s\u3000]*(?:[\r\n]|$)/;

// Formal titles write years in Chinese digits (`二〇二三年`): read them as Arabic ones.
const yearIn = (s: string, re?: RegExp): number | null => {
  if (!re) return firstYear(s);
  const m = re.exec(arabicYears(s));
  return m ? Number(m[1]) : null;
};

/** The year a plan part is for, when it says so: in its title or at the start of its first paragraph. */
export function statedPlanYear(section: Section, text: string): number | null {
  const fromTitle = yearIn(section.title);
  if (fromTitle) return fromTitle;
  // a top-level item's lead-in: `2024年工作打算：一是…`
  if (section.level === 'item') return yearIn(leadIn(text, section.position.start.offset!));
  const firstParagraph = section.children.find((c) => c.type === 'paragraph');
  if (!firstParagraph) return null;
  const opening = text.slice(firstParagraph.position.start.offset!, firstParagraph.position.end.offset!);
  return yearIn(opening, OPENING);
}

export function detectYear(text: string, tree: Root, kind: Kind): number | null {
  const head = headText(text, tree);
  const stated = yearIn(head, HEAD_PERIOD) ?? yearIn(head, HEAD_IS);
  const tops = topSections(tree);
  // A review part's own year, on a numbered heading or an unnumbered part line.
  const reviewYear = [...tops, ...(tree.parts ?? [])].map((s) => (roleOfTitle(s.title) === 'achievements' ? yearIn(s.title) : null)).find((y) => y) ?? null;
  if (isDelivered(head) && kind !== 'plan') {
    // Only the title and address before the first heading date the delivery (`2022年是…` opening
    // the review names the year reviewed).
    const before = text.slice(0, tops[0]?.position.start.offset ?? text.length);
    const delivered = yearIn(before, HEAD_PERIOD) ?? yearIn(before, OPENING);
    if (reviewYear && (!delivered || reviewYear < delivered)) return reviewYear;
    if (delivered) return delivered - 1;
  }
  if (stated) return stated;
  if (reviewYear) return reviewYear;
  const opening = yearIn(head, OPENING);
  if (opening) return opening;
  const bare = BARE_YEAR_LINE.exec(text);
  if (bare) return Number(bare[1]);
  if (MASKED_YEAR.test(head)) return null;

  const planPart = tops.find((s) => namedRole(s) === 'plans');
  const planYear = planPart ? statedPlanYear(planPart, text) : null;
  if (planYear) return kind === 'summary+plan' || kind === 'summary' ? planYear - 1 : planYear;

  // Fall back on the year mentioned most often outside the plan part.
  const reviewText = planPart ? text.slice(0, planPart.position.start.offset!) : text;
  const counts = new Map<number, number>();
  for (const m of arabicYears(reviewText).matchAll(PERIOD_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  if (best !== null) return best;
  const problemYears = [...arabicYears(reviewText).matchAll(PROBLEMS_OF_YEAR)].map((m) => Number(m[1]));
  return problemYears.length ? Math.max(...problemYears) + 1 : null;
}
