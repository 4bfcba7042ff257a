/**
 * Normalisation: the text as the analysers read it, seen through how it was presented.
 *
 *   text as read ──characters──▶ same offsets ──layout──▶ normalised text + OffsetMap
 *
 * Characters (one for one, offsets unchanged): full-width digits and signs to ASCII, ASCII
 * punctuation in Chinese prose to full width, traditional script to simplified.
 * Layout (offsets move, the map follows): page-number lines and running headers dropped,
 * hard-wrapped lines joined into their paragraph, stray spaces inside Chinese text deleted,
 * line breaks put back before headings that a scraped page ran into one line.
 *
 * Every change is reported as a note, and every offset of the normalised text maps back to the
 * text as read, so facts found in one are shown in the other.
 */
import { splitLines } from '../parse/lines.js';
import { foldCharacters } from './characters.js';
import { MappedTextBuilder, OffsetMap } from './offset-map.js';
import { findFurniture } from './page-furniture.js';
import { findRunInHeadings } from './run-in-headings.js';
import { findStraySpaces } from './spaces.js';
import { isTraditional, toSimplified } from './traditional.js';
import { findWrappedLines } from './wrapped-lines.js';

export { OffsetMap } from './offset-map.js';

export interface NormalizeNote {
  ruleId: 'full-width' | 'half-width-punctuation' | 'traditional' | 'page-number' | 'running-header' | 'wrapped-line' | 'stray-space' | 'run-in-heading';
  count: number;
  reason: string;
}

export interface Normalized {
  /** The text the analysers read. */
  text: string;
  /** From offsets in `text` to offsets in the text as read. */
  map: OffsetMap;
  notes: NormalizeNote[];
}

/** One layout edit: replace source [from, to) by `insert` (which has no source). */
interface Edit {
  from: number;
  to: number;
  insert: string;
}

export function normalize(source: string): Normalized {
  const notes: NormalizeNote[] = [];
  const note = (ruleId: NormalizeNote['ruleId'], count: number, reason: string) => {
    if (count > 0) notes.push({ ruleId, count, reason });
  };

  const folded = foldCharacters(source);
  note('full-width', folded.widths, `folded ${folded.widths} full-width digits, letters and signs to ASCII`);
  note('half-width-punctuation', folded.marks, `read ${folded.marks} ASCII punctuation marks in Chinese text as full-width`);
  let text = folded.text;
  if (isTraditional(text)) {
    const simplified = toSimplified(text);
    text = simplified.text;
    note('traditional', simplified.changed, `read ${simplified.changed} traditional characters as simplified`);
  }

  const lines = splitLines(text);
  const furniture = findFurniture(text, lines);
  note('page-number', furniture.pageNumbers, `dropped ${furniture.pageNumbers} page-number lines`);
  note('running-header', furniture.headers, `dropped ${furniture.headers} running header or footer lines`);
  const joins = findWrappedLines(text, lines, furniture.lines);
  note('wrapped-line', joins.length, `joined ${joins.length} wrapped lines`);
  const spaces = findStraySpaces(text, lines, furniture.lines);
  note('stray-space', spaces.length, `deleted ${spaces.length} spaces inside Chinese text`);
  const breaks = findRunInHeadings(text, lines, furniture.lines);
  note('run-in-heading', breaks.length, `started ${breaks.length} headings run into a line on lines of their own`);

  const edits: Edit[] = [
    // A dropped line goes with its line break.
    ...[...furniture.lines].map((i) => ({ from: lines[i]!.start, to: lines[i + 1]?.start ?? lines[i]!.end, insert: '' })),
    ...joins.map((j) => ({ from: j.from, to: j.to, insert: j.space ? ' ' : '' })),
    ...spaces.map((s) => ({ from: s.from, to: s.to, insert: '' })),
    ...breaks.map((b) => ({ from: b.from, to: b.at, insert: '\n' })),
  ];
  if (edits.length === 0) return { text, map: OffsetMap.identity(source.length), notes };
  return { ...applyEdits(text, edits), notes };
}

/** Applies layout edits in order of position; one that starts inside an earlier one is dropped. */
function applyEdits(text: string, edits: Edit[]): { text: string; map: OffsetMap } {
  // At one place, an edit that puts a line break back wins over a plain deletion of the same spaces.
  edits.sort((a, b) => a.from - b.from || a.to - b.to || b.insert.length - a.insert.length);
  const builder = new MappedTextBuilder(text);
  let at = 0;
  for (const edit of edits) {
    if (edit.from < at) continue;
    builder.copyTo(edit.from);
    builder.skipTo(edit.to);
    if (edit.insert) builder.insert(edit.insert);
    at = edit.to;
  }
  return builder.finish();
}
