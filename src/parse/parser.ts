/**
 * The report parser: text → unist tree (root → section → heading/paragraph → sentence).
 *
 * Line headings (`一、`, `（一）`, `1.`, `（1）`) are found at the start of a line; inline items
 * (`一是`, `二是`) inside paragraphs; an unnumbered closing part opened by a plan cue (`下一步，…`)
 * becomes a level-1 section. Sections nest by marker level, so a document may skip a level.
 * Every character of content lands in some node, and numbering problems become vfile messages.
 */
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Position } from 'unist';
import type { Heading, Level, Paragraph, Root, Section, Sentence } from '../tree/types.js';
import { findInlineNumbered, findItemMarkers, matchLineMarker, matchPlanCue, type Marker } from '../headings/markers.js';
import { cutTitle, type TitleSpan } from '../headings/title.js';
import { NumberingChecker } from '../headings/numbering.js';
import { roleOfTitle } from '../headings/roles.js';
import { findPartLines } from '../headings/parts.js';
import { isBlank, splitLines, type Line } from './lines.js';
import { splitSentences, trimSpan } from './sentences.js';

const depth = (level: Level) => (level === 'item' ? 5 : level);

export function parseReport(text: string, file: VFile = new VFile({ value: text })): Root {
  const place = location(file.value === undefined || file.value === null ? text : file);
  const pos = (start: number, end: number): Position => ({
    start: { ...place.toPoint(start)!, offset: start },
    end: { ...place.toPoint(end)!, offset: end },
  });
  const root: Root = { type: 'root', children: [], position: pos(0, text.length) };
  const stack: Section[] = [];
  let numbering = new NumberingChecker();
  const top = (): Root | Section => stack[stack.length - 1] ?? root;

  const lines = splitLines(text);
  const markers = lines.map((l) => (isBlank(l) ? null : matchLineMarker(text, l.contentStart)));
  const closingCue = findClosingCue(text, lines, markers);

  const report = (parent: object, marker: Marker) => {
    for (const p of numbering.check(parent, marker)) {
      file.message(p.reason, { place: pos(marker.start, marker.end), ruleId: p.ruleId, source: 'baogao' });
    }
  };

  const sentence = (start: number, end: number): Sentence => ({ type: 'sentence', value: text.slice(start, end), position: pos(start, end) });

  const paragraph = (from: number, to: number): Paragraph | null => {
    const span = trimSpan(text, from, to);
    if (!span) return null;
    const children = splitSentences(text, span.start, span.end).map((s) => sentence(s.start, s.end));
    return { type: 'paragraph', children, position: pos(span.start, span.end) };
  };

  type Opening = Pick<Marker, 'level' | 'marker' | 'ordinal' | 'start' | 'end'> & { bracket?: Marker['bracket'] };
  const openSection = (marker: Opening, t: TitleSpan): { section: Section; bodyStart: number } => {
    while (stack.length && depth(stack[stack.length - 1]!.level) >= depth(marker.level)) stack.pop();
    const parent = top();
    if (marker.bracket !== undefined) report(parent, marker as Marker);
    // Trailing commas are left over where an item's words run into the next item (`一是…，二是…`).
    let titleEnd = t.titleEnd;
    while (titleEnd > t.titleStart && /[，,、]/.test(text[titleEnd - 1]!)) titleEnd--;
    const title = text.slice(t.titleStart, titleEnd);
    const heading: Heading = {
      type: 'heading',
      marker: marker.marker,
      title,
      titleStart: t.titleStart,
      titleEnd,
      runIn: t.runIn,
      children: titleEnd > t.titleStart ? [sentence(t.titleStart, titleEnd)] : [],
      position: pos(marker.start, t.headingEnd),
    };
    const section: Section = {
      type: 'section',
      level: marker.level,
      marker: marker.marker,
      ordinal: marker.ordinal,
      title,
      children: [heading],
      position: pos(marker.start, t.headingEnd),
    };
    parent.children.push(section);
    stack.push(section);
    return { section, bodyStart: t.headingEnd };
  };

  const lastItemOrdinal = new Map<object, number>();

  /** Text of one paragraph segment: a paragraph, split where inline items (一是…) start. */
  const withItems = (from: number, to: number) => {
    const parent = top();
    const items = findItemMarkers(text, from, to, lastItemOrdinal.get(parent) ?? null);
    const lead = paragraph(from, items[0]?.start ?? to);
    if (lead) parent.children.push(lead);
    items.forEach((item, k) => {
      const segmentEnd = items[k + 1]?.start ?? to;
      const { section, bodyStart } = openSection(item, cutTitle(text, item.end, segmentEnd));
      lastItemOrdinal.set(parent, item.ordinal!);
      const rest = bodyStart < segmentEnd ? paragraph(bodyStart, segmentEnd) : null;
      if (rest) section.children.push(rest);
    });
  };

  const lastInlineOrdinal = new Map<object, number>();

  /**
   * Body text of one line from `from`: run-in numbered tasks (`…。1.规范组织设置。…2.严格…`) open
   * level-3 sections as they would at the start of a line; each segment then splits at its items.
   */
  const body = (from: number, to: number) => {
    const parent = top();
    const numbered = findInlineNumbered(text, from, to, lastInlineOrdinal.get(parent) ?? null);
    withItems(from, numbered[0]?.start ?? to);
    numbered.forEach((marker, k) => {
      const segmentEnd = numbered[k + 1]?.start ?? to;
      const { bodyStart } = openSection(marker, cutTitle(text, marker.end, segmentEnd));
      lastInlineOrdinal.set(parent, marker.ordinal!);
      if (bodyStart < segmentEnd) withItems(bodyStart, segmentEnd);
    });
  };

  lines.forEach((line: Line, i) => {
    if (isBlank(line)) return;
    // Inline items belong to their paragraph; a new line closes them.
    while (stack.length && stack[stack.length - 1]!.level === 'item') stack.pop();
    const marker = markers[i];
    // An attachment (`附件`, `附件2：…名单`) is a document of its own: its numbering starts afresh,
    // and no section of the report runs on into it.
    if (!marker && ATTACHMENT.test(text.slice(line.contentStart, line.end).trim())) {
      stack.length = 0;
      numbering = new NumberingChecker();
      lastItemOrdinal.clear();
      lastInlineOrdinal.clear();
      body(line.contentStart, line.end);
      return;
    }
    if (marker) {
      const { bodyStart } = openSection(marker, cutTitle(text, marker.end, line.end));
      if (bodyStart < line.end) body(bodyStart, line.end);
      return;
    }
    if (i === closingCue && !insidePlans(stack)) {
      const cue = matchPlanCue(text, line.contentStart);
      if (cue) {
        stack.length = 0;
        // The cue is marker and title at once; the punctuation after it closes the heading.
        const headingEnd = /[，,：:]/.test(text[cue.end] ?? '') ? cue.end + 1 : cue.end;
        const { bodyStart } = openSection(
          { level: 1, marker: cue.cue, ordinal: null, start: cue.start, end: cue.start },
          { titleStart: cue.start, titleEnd: cue.end, headingEnd, runIn: true },
        );
        body(bodyStart, line.end);
        return;
      }
    }
    body(line.contentStart, line.end);
  });

  closePositions(root, pos);
  const parts = findPartLines(text, lines, markers, closingCue);
  if (parts.length) root.parts = parts;
  return root;
}



/** A line that heads an attachment: `附件`, `附件1`, `附件二：…`, short, on its own. */
const ATTACHMENT = /^附件[ \t\u3000]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})?(?:[：:][^\n。]{0,40})?$/;

/**
 * The line that opens an unnumbered closing plan part, or -1. It comes after the last level-1
 * heading, and whatever numbered headings follow it start a new list (`（一）`, `1.`): a `下一步将…`
 * line followed by `（三）` sits in the middle of a section and is only a sentence.
 */
function findClosingCue(text: string, lines: Line[], markers: Array<Marker | null>): number {
  const lastLevel1 = markers.reduce((last, m, i) => (m?.level === 1 ? i : last), -1);
  // The ordinal of the next numbered heading after each line, read backwards once (linear).
  const nextOrdinal: Array<number | null | undefined> = new Array(lines.length);
  let next: number | null | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextOrdinal[i] = next;
    if (markers[i]) next = markers[i]!.ordinal;
  }
  for (let i = lastLevel1 + 1; i < lines.length; i++) {
    if (markers[i] || isBlank(lines[i]!) || !matchPlanCue(text, lines[i]!.contentStart)) continue;
    if (nextOrdinal[i] === undefined || nextOrdinal[i] === 1) return i;
  }
  return -1;
}

/** True when the open level-1 section already names itself a plan part. */
function insidePlans(stack: Section[]): boolean {
  const first = stack[0];
  return first !== undefined && first.level === 1 && roleOfTitle(first.title) === 'plans';
}

/** A section ends where its last descendant ends. */
function closePositions(node: Root | Section, pos: (s: number, e: number) => Position): void {
  for (const child of node.children) if (child.type === 'section') closePositions(child, pos);
  if (node.type !== 'section') return;
  const last = node.children[node.children.length - 1]!;
  node.position = pos(node.position.start.offset!, last.position.end.offset!);
}
