/**
 * Shared helpers for the parser, headings, document and plan tests: fixture paths and small views of
 * the report tree that read like the report itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { parseReport } from '../../src/parse/parser.js';
import type { Heading, Level, Paragraph, Root, Section, Sentence } from '../../src/tree/types.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const reportsDir = join(repoRoot, 'test', 'fixtures', 'reports');
export const corpusDir = join(repoRoot, 'corpus');

export const reportPath = (name: string) => join(reportsDir, name);
export const readFixture = (name: string) => readFileSync(reportPath(name), 'utf8');

/** Names of the hand-written report fixtures. */
export const fixtureNames = (): string[] =>
  readdirSync(reportsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

/** Absolute paths of corpus/*.txt. */
export const corpusFiles = (): string[] =>
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(corpusDir, f));

export const corpusFile = (prefix: string): string => {
  const found = corpusFiles().find((f) => f.split(/[\\/]/).pop()!.startsWith(prefix));
  if (!found) throw new Error(`no corpus file starting with ${prefix}`);
  return found;
};

/** Parses `text` with a fresh VFile; returns the tree and the file (its messages are the diagnostics). */
export function parse(text: string): { tree: Root; file: VFile } {
  const file = new VFile({ value: text });
  const tree = parseReport(text, file);
  return { tree, file };
}

/** Every section of the tree, in document order. */
export function allSections(node: Root | Section): Section[] {
  const out: Section[] = [];
  for (const child of node.children) {
    if (child.type !== 'section') continue;
    out.push(child);
    out.push(...allSections(child));
  }
  return out;
}

export const headingOf = (section: Section): Heading => {
  const first = section.children[0];
  if (!first || first.type !== 'heading') throw new Error(`section ${section.marker} has no heading first`);
  return first;
};

/**
 * The tree's sections as an indented outline, one line per section: `marker|title`, two spaces per
 * nesting depth. `['一、|主要工作', '  （一）|抓学习', '    一是|学理论']`.
 */
export function outline(node: Root | Section, depth = 0): string[] {
  const lines: string[] = [];
  for (const child of node.children) {
    if (child.type !== 'section') continue;
    lines.push(`${'  '.repeat(depth)}${child.marker}|${child.title}`);
    lines.push(...outline(child, depth + 1));
  }
  return lines;
}

/** `[marker, level]` of every section, in document order. */
export const levels = (tree: Root): Array<[string, Level]> => allSections(tree).map((s) => [s.marker, s.level]);

/** The sentences of the paragraphs directly inside `node` (not inside its subsections). */
export const ownSentences = (node: Root | Section): string[] =>
  (node.children as Array<Section | Heading | Paragraph>)
    .filter((c): c is Paragraph => c.type === 'paragraph').flatMap((p) => p.children.map((s) => s.value));

/** Every node of the tree with a position, depth first. */
export function allNodes(node: Root | Section | Heading | Paragraph | Sentence): Array<Root | Section | Heading | Paragraph | Sentence> {
  const out: Array<Root | Section | Heading | Paragraph | Sentence> = [node];
  if ('children' in node) for (const child of node.children as Array<Section | Heading | Paragraph | Sentence>) out.push(...allNodes(child));
  return out;
}

/** Ordering depth of a level: items sit below level 4. */
export const depthOf = (level: Level) => (level === 'item' ? 5 : level);

/** 1-based line and column of `offset`, counting CRLF, CR and LF as one line end each. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Characters that count as indentation or blank space (never content). */
export const BLANK = /[\s\u3000\u00a0\ufeff]/;
