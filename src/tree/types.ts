/**
 * The report tree: unist nodes with positions (offsets into the text as read).
 *
 *   root → section* | paragraph*
 *   section → heading, (section | paragraph)*
 *   heading → sentence (its title)
 *   paragraph → sentence*
 *
 * Sections nest by marker level (1–4, then inline `item`s such as 一是/二是).
 * A section's position covers its heading and everything until the next heading of the same or a
 * higher level; the heading node covers marker + title (+ the punctuation ending a run-in title).
 */
import type { Node, Parent, Position } from 'unist';

export type Level = 1 | 2 | 3 | 4 | 'item';
export type Role = 'achievements' | 'problems' | 'plans' | 'other';

export interface Heading extends Parent {
  type: 'heading';
  /** The title as a sentence, so facts inside a title (`一是召开党委会3次。`) are found like any other. */
  children: Sentence[];
  /** The marker as written: `一、`, `（一）`, `(二)`, `1.`, `①`, `一是`, or a plan cue such as `下一步`. */
  marker: string;
  /** The heading's own words, without marker and without the punctuation that ends them. */
  title: string;
  /** Offsets of the title within the text. */
  titleStart: number;
  titleEnd: number;
  /** True when the body continues on the heading's own line (`（一）标题。正文…`). */
  runIn: boolean;
  position: Position;
}

export interface Sentence extends Node {
  type: 'sentence';
  value: string;
  position: Position;
}

export interface Paragraph extends Parent {
  type: 'paragraph';
  children: Sentence[];
  position: Position;
}

export interface Section extends Parent {
  type: 'section';
  level: Level;
  marker: string;
  /** The number the marker stands for (`三、` → 3, `（2）` → 2, `三是` → 3); null only for an unnumbered closing part opened by a plan cue. */
  ordinal: number | null;
  title: string;
  /** Set on level-1 sections (and unnumbered closing plan parts) by the roles plugin. */
  role?: Role;
  children: Array<Heading | Section | Paragraph>;
  position: Position;
}

/**
 * A part of the report named on an unnumbered line of its own (`2024年工作回顾`, `2025年工作安排建议`,
 * `加强政府自身建设`, `名词解释`), as government work reports name theirs. Not a heading by the
 * guide: the numbered sections inside it stay the top-level sections, and take its role.
 */
export interface PartLine {
  title: string;
  /** Offsets of the title line's words. */
  start: number;
  end: number;
  /** Set by the roles plugin. */
  role?: Role;
}

export interface Root extends Parent {
  type: 'root';
  children: Array<Section | Paragraph>;
  position: Position;
  /** Parts named on unnumbered lines, in order; absent when the report names none. */
  parts?: PartLine[];
}

export type ReportNode = Root | Section | Heading | Paragraph | Sentence;
