/**
 * The document's own title: the line above the first heading that names what the document is
 * (`县卫生健康局党组2023年度党建工作总结`, `政府工作报告`, `2024年党建工作要点`). Issuing bodies,
 * addressees (`各支部：`), dates and sentences of the preamble are passed over.
 */
import type { Root } from '../tree/types.js';
import { CHINESE_YEAR_DIGITS } from '../text/numerals.js';
import { topSections } from './kind.js';
import { splitLines } from '../parse/lines.js';

export interface DocumentTitle {
  text: string;
  start: number;
  end: number;
}

/** Words that end or carry a document title. */
const TITLE_WORD = /总结|报告|要点|计划|打算|方案|安排|汇报|述职|述廉|规划|意见|思路|情况|工作/;
/** A sentence, an addressee or a list of items, not a title. */
const NOT_TITLE_END = /[。；;！!？?：:，,、]$/;
const DATE_LINE = new RegExp(`^[（(]?\\s*(?:[0-9０-９]{4}|${CHINESE_YEAR_DIGITS})年.{0,8}日\\s*[）)]?$`);

export function detectTitle(text: string, tree: Root): DocumentTitle | null {
  // The lines before the first heading; a document without headings has no title line to tell.
  const first = topSections(tree)[0];
  if (!first) return null;
  const head = text.slice(0, first.position.start.offset!);
  // Lines as the parser reads them: a CR alone ends one too.
  for (const { start: at, end } of splitLines(head)) {
    const raw = head.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const start = at + lead;
    if (line.length < 4 || line.length > 60) continue;
    if (NOT_TITLE_END.test(line) || DATE_LINE.test(line) || /^[—-]{1,2}/.test(line)) continue;
    if (!TITLE_WORD.test(line)) continue;
    return { text: line, start, end: start + line.length };
  }
  return null;
}
