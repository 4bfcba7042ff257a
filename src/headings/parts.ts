/**
 * Parts named on unnumbered lines (`2024年工作回顾`, `2025年工作安排建议`, `加强政府自身建设`), as
 * government work reports name theirs (tree/types.ts, PartLine): found by the parser, given roles by
 * the roles plugin, read by plan items and comparison through `partAt`.
 */
import type { Marker } from './markers.js';
import { roleOfTitle } from './roles.js';
import { firstYear } from '../text/numerals.js';
import { isBlank, type Line } from '../parse/lines.js';
import type { PartLine, Root } from '../tree/types.js';

/** The part named on its own line that holds `offset`, if the report names its parts so. */
export function partAt(tree: Root, offset: number): PartLine | undefined {
  let found: PartLine | undefined;
  for (const part of tree.parts ?? []) {
    if (part.start > offset) break;
    found = part;
  }
  return found;
}

/** A part's title line: short, no punctuation at all. */
const PART_TITLE = /^[^，。；：！？、,;:!?（）()—]{4,30}$/;
/** A paragraph long enough to be the body under a title. */
const BODY_LINE = 40;

/**
 * Lines that name a part of the report without a number (types.ts, PartLine): a short line with
 * no punctuation, followed by a paragraph of body text or by a numbered list that starts at 1.
 * They count only as a set — at least two, one of them naming a role (`工作回顾`, `工作安排`) — so
 * a lone short line (a signature, a slogan) in an ordinary report names nothing.
 */
export function findPartLines(text: string, lines: Line[], markers: Array<Marker | null>, closingCue: number): PartLine[] {
  const found: PartLine[] = [];
  let named = false;
  const first = lines.findIndex((l) => !isBlank(l));
  // The first line is the document's title, not one of its parts.
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) || markers[i] || i === closingCue) continue;
    const title = text.slice(line.contentStart, line.end).trimEnd();
    if (!PART_TITLE.test(title)) continue;
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j]!)) j++;
    if (j >= lines.length) continue;
    const next = markers[j];
    const opensBody = next ? next.ordinal === 1 : lines[j]!.end - lines[j]!.contentStart >= BODY_LINE;
    if (!opensBody) continue;
    if (roleOfTitle(title)) named = true;
    found.push({ title, start: line.contentStart, end: line.contentStart + title.length });
  }
  if (found.length >= 2 && named) return found;
  // Alone, a line names a part when it names its year (`2026年重点工作` after an unnamed review).
  return found.filter((p) => firstYear(p.title) !== null && !DATE.test(p.title));
}

const DATE = /年.{0,3}月|月.{0,3}日/;
