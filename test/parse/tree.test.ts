/**
 * Invariants of the report tree, on every corpus file and every fixture (and their CRLF/CR
 * variants): positions index the text as read, nothing is dropped, sections nest by level.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root, Section } from '../../src/tree/types.js';
import {
  BLANK,
  allNodes,
  allSections,
  corpusFiles,
  depthOf,
  fixtureNames,
  headingOf,
  lineColumn,
  parse,
  readFixture,
} from './helpers.js';

const texts: Array<[string, string]> = [
  ...corpusFiles().map((f): [string, string] => [`corpus/${basename(f)}`, readFileSync(f, 'utf8')]),
  ...fixtureNames().map((n): [string, string] => [`fixtures/reports/${n}`, readFixture(n)]),
];
const withLineEnds: Array<[string, string]> = texts.flatMap(([name, text]): Array<[string, string]> => [
  [name, text],
  [`${name} (CRLF)`, text.replace(/\n/g, '\r\n')],
  [`${name} (CR)`, text.replace(/\n/g, '\r')],
]);

/** Offsets of every node, with a readable failure naming the node. */
function checkPositions(text: string, tree: Root) {
  for (const node of allNodes(tree)) {
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    const what = `${node.type} [${start}, ${end})`;
    expect(Number.isInteger(start) && Number.isInteger(end), what).toBe(true);
    expect(0 <= start && start <= end && end <= text.length, what).toBe(true);
    // line/column agree with the offset (CRLF counts as one line end).
    expect({ line: node.position.start.line, column: node.position.start.column }, `${what} start point`).toEqual(lineColumn(text, start));
    expect({ line: node.position.end.line, column: node.position.end.column }, `${what} end point`).toEqual(lineColumn(text, end));
    if (node.type === 'sentence') {
      expect(text.slice(start, end), what).toBe(node.value);
      expect(node.value.trim(), `${what} is trimmed`).toBe(node.value);
      expect(node.value.length, `${what} is not empty`).toBeGreaterThan(0);
    }
    if (node.type === 'heading') {
      expect(text.slice(start, start + node.marker.length), `${what} starts at its marker`).toBe(node.marker);
      expect(text.slice(node.titleStart, node.titleEnd), `${what} title`).toBe(node.title);
      expect(start <= node.titleStart && node.titleEnd <= end, `${what} holds its title`).toBe(true);
      if (node.title) expect(node.children.map((s) => s.value)).toEqual([node.title]);
    }
    if (node.type === 'section') {
      const heading = headingOf(node);
      expect(text.slice(start, start + node.marker.length), `${what} starts at its marker`).toBe(node.marker);
      expect(heading.position.start.offset, `${what} starts where its heading starts`).toBe(start);
      expect(heading.marker).toBe(node.marker);
      expect(heading.title).toBe(node.title);
    }
  }
}

/** Children lie inside their parent, in order, without overlapping. */
function checkContainment(node: Root | Section) {
  let previousEnd = node.position.start.offset!;
  for (const child of node.children) {
    const start = child.position.start.offset!;
    const end = child.position.end.offset!;
    expect(start, `${child.type} at ${start} starts after the previous sibling`).toBeGreaterThanOrEqual(previousEnd);
    expect(end, `${child.type} at ${start} ends inside its parent`).toBeLessThanOrEqual(node.position.end.offset!);
    previousEnd = end;
    if (child.type === 'section') checkContainment(child);
    if (child.type === 'paragraph' || child.type === 'heading') {
      for (const s of child.children) {
        expect(s.position.start.offset!).toBeGreaterThanOrEqual(start);
        expect(s.position.end.offset!).toBeLessThanOrEqual(end);
      }
    }
  }
}

/** Sections nest by level: a child section is always of a deeper level than its parent. */
function checkNesting(node: Root | Section) {
  for (const child of node.children) {
    if (child.type !== 'section') continue;
    if (node.type === 'section') {
      expect(depthOf(child.level), `${child.marker}${child.title} under ${node.marker}${node.title}`).toBeGreaterThan(depthOf(node.level));
    }
    checkNesting(child);
  }
}

/** Offsets of non-blank characters that lie in no heading and no sentence. */
function uncovered(text: string, tree: Root): number[] {
  const covered = new Uint8Array(text.length);
  for (const node of allNodes(tree)) {
    if (node.type !== 'heading' && node.type !== 'sentence') continue;
    covered.fill(1, node.position.start.offset!, node.position.end.offset!);
  }
  const missing: number[] = [];
  for (let i = 0; i < text.length; i++) if (!covered[i] && !BLANK.test(text[i]!)) missing.push(i);
  return missing;
}

describe.each(withLineEnds)('tree of %s', (_name, text) => {
  const { tree } = parse(text);

  it('the root spans the whole text', () => {
    expect(tree.type).toBe('root');
    expect(tree.position.start.offset).toBe(0);
    expect(tree.position.end.offset).toBe(text.length);
  });

  it('every node has a position whose offsets give back its text', () => {
    checkPositions(text, tree);
  });

  it('children lie inside their parent, in order', () => {
    checkContainment(tree);
  });

  it('sections nest by level', () => {
    checkNesting(tree);
  });

  it('drops no content: every non-blank character is in a heading or a sentence', () => {
    const missing = uncovered(text, tree);
    expect(missing.map((i) => `${i}:${text[i]}`)).toEqual([]);
  });

  it('no sentence or heading crosses a line end', () => {
    for (const node of allNodes(tree)) {
      if (node.type !== 'sentence' && node.type !== 'heading') continue;
      expect(text.slice(node.position.start.offset!, node.position.end.offset!)).not.toMatch(/[\r\n]/);
    }
  });
});

describe('line ends do not change the tree', () => {
  it.each(texts)('%s: LF, CRLF and CR give the same outline and titles', (_name, text) => {
    const shape = (t: string) => allSections(parse(t).tree).map((s: Section) => [s.level, s.marker, s.ordinal, s.title]);
    const lf = shape(text);
    expect(shape(text.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(shape(text.replace(/\n/g, '\r'))).toEqual(lf);
  });
});

describe('the drop check itself', () => {
  it('would notice a character outside every span', () => {
    const text = '一、主要工作\n组织学习3次。';
    const { tree } = parse(text);
    expect(uncovered(text, tree)).toEqual([]);
    // Cut the last sentence out of the tree: its characters are now reported.
    const section = tree.children[0] as Section;
    section.children.pop();
    expect(uncovered(text, tree).length).toBe('组织学习3次。'.length);
  });
});
