/**
 * What must hold of any analysed text, as checks that throw with the offending field named, for
 * fast-check to shrink on. One processor is shared: loading jieba is most of a cold run.
 */
import { location } from 'vfile-location';
import { analyzeReport, createProcessor, type AnalyzedReport } from '../../src/analyze.js';
import type { ReportDocumentJson, SectionJson } from '../../src/output/schema.js';
import type { Heading, Paragraph, Root, Section, Sentence } from '../../src/tree/types.js';

const processor = createProcessor();

export const analyze = (text: string, normalize = true): AnalyzedReport => analyzeReport(text, { processor, normalize });

export function fail(message: string): never {
  throw new Error(message);
}

export function flatten(sections: SectionJson[]): SectionJson[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

const show = (s: string) => JSON.stringify(s);

/** Without what normalisation may take out of a line as layout (indentation includes a Markdown heading's `#`s). */
const strip = (s: string) => s.replace(/[\s\u3000\u00a0\ufeff\u200b#]/g, '');

/** 0 ≤ start ≤ end ≤ length, integers. */
export function checkSpan(where: string, start: number | null, end: number | null, length: number): void {
  if (start === null) return;
  if (!Number.isInteger(start) || start < 0 || start > length) fail(`${where}: start ${start} outside [0, ${length}]`);
  if (end === null) return;
  if (!Number.isInteger(end) || end < start || end > length) fail(`${where}: end ${end} outside [${start}, ${length}]`);
}

/** `needle` is `hay` with some characters left out, in order. */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (let j = 0; j < hay.length && i < needle.length; j++) if (hay[j] === needle[i]) i++;
  return i === needle.length;
}

/**
 * Every offset of the document printed for `report.source` lies inside it; a quantity is the exact
 * slice; a quoted title, marker or deadline is the slice itself when normalisation moved nothing,
 * and otherwise the slice less what normalisation took out as layout (to-source.ts).
 */
export function checkDocumentOffsets(report: AnalyzedReport): void {
  const { source: text, document: doc } = report;
  const n = text.length;
  const exactQuotes = report.map.isIdentity;
  const furniture = report.document.diagnostics.some((d) => d.ruleId === 'page-number' || d.ruleId === 'running-header');
  const exact = (where: string, got: string, s: number, e: number) => {
    const slice = text.slice(s, e);
    if (got !== slice) fail(`${where}: ${show(got)} is not text.slice(${s}, ${e}) = ${show(slice)}`);
  };
  const quoted = (where: string, got: string, s: number, e: number) => {
    if (exactQuotes) return exact(where, got, s, e);
    const slice = text.slice(s, e);
    if (!isSubsequence(got, slice)) fail(`${where}: ${show(got)} is not quoted from text.slice(${s}, ${e}) = ${show(slice)}`);
    // What is left out is layout: line breaks, spaces, and the page furniture between two pages.
    if (!furniture && strip(got) !== strip(slice)) fail(`${where}: ${show(got)} leaves words of text.slice(${s}, ${e}) = ${show(slice)} out`);
  };

  if (doc.length !== n) fail(`length ${doc.length} ≠ ${n}`);
  if (doc.title) {
    checkSpan('title', doc.title.start, doc.title.end, n);
    quoted('title.text', doc.title.text, doc.title.start, doc.title.end);
  }
  const sections = flatten(doc.sections);
  sections.forEach((s, i) => {
    const where = `sections[${i}] ${show(s.marker)}`;
    checkSpan(where, s.start, s.end, n);
    checkSpan(`${where} title`, s.titleStart, s.titleEnd, n);
    if (s.titleStart < s.start || s.titleEnd > s.end) fail(`${where}: title [${s.titleStart}, ${s.titleEnd}) outside the section [${s.start}, ${s.end})`);
    quoted(`${where} title`, s.title, s.titleStart, s.titleEnd);
    // A marker stands before the title; a plan cue (no ordinal) is its title's words.
    const markerEnd = s.ordinal === null ? s.titleEnd : s.titleStart;
    if (exactQuotes) exact(`${where} marker`, s.marker, s.start, s.start + s.marker.length);
    else if (!isSubsequence(s.marker, text.slice(s.start, markerEnd))) fail(`${where}: marker is not quoted from text.slice(${s.start}, ${markerEnd})`);
  });
  doc.parts.forEach((p, i) => {
    checkSpan(`parts[${i}]`, p.start, p.end, n);
    checkSpan(`parts[${i}] title`, p.titleStart, p.titleEnd, n);
    quoted(`parts[${i}] title`, p.title, p.titleStart, p.titleEnd);
  });
  doc.metrics.forEach((m, i) => {
    const where = `metrics[${i}] ${show(m.quantity)}`;
    checkSpan(where, m.start, m.end, n);
    exact(`${where} quantity`, m.quantity, m.start, m.end);
    checkSpan(`${where} sentence`, m.sentence.start, m.sentence.end, n);
    if (m.start < m.sentence.start || m.end > m.sentence.end) fail(`${where}: outside its sentence [${m.sentence.start}, ${m.sentence.end})`);
  });
  doc.planItems.forEach((p, i) => {
    const where = `planItems[${i}] ${show(p.marker)}`;
    checkSpan(where, p.start, p.end, n);
    checkSpan(`${where} body`, p.body.start, p.body.end, n);
    if (p.body.start < p.start || p.body.end > p.end) fail(`${where}: body outside the item`);
    const section = sections.find((s) => s.start === p.start && s.level === p.level);
    if (!section) fail(`${where}: no section starts at ${p.start}`);
    if (p.title !== section.title) fail(`${where}: title ${show(p.title)} ≠ its section's ${show(section.title)}`);
    if (p.marker !== section.marker) fail(`${where}: marker ≠ its section's ${show(section.marker)}`);
    p.targets.forEach((t, k) => {
      checkSpan(`${where} targets[${k}]`, t.start, t.end, n);
      exact(`${where} targets[${k}] quantity`, t.quantity, t.start, t.end);
      if (t.start < p.start || t.end > p.end) fail(`${where} targets[${k}]: outside the item`);
    });
    p.deadlines.forEach((d, k) => {
      checkSpan(`${where} deadlines[${k}]`, d.start, d.end, n);
      quoted(`${where} deadlines[${k}] text`, d.text, d.start, d.end);
    });
  });
  const place = location(text);
  doc.diagnostics.forEach((d, i) => {
    const where = `diagnostics[${i}] ${d.ruleId}`;
    checkSpan(where, d.start, d.end, n);
    if (d.start === null || d.line === null) return;
    const point = place.toPoint(d.start);
    if (point && (point.line !== d.line || point.column !== d.column)) fail(`${where}: ${d.line}:${d.column} is not where offset ${d.start} is (${point.line}:${point.column})`);
  });
}

type Node = Root | Section | Heading | Paragraph | Sentence;

/**
 * The tree indexes the normalised text: every position inside it with the line and column of its
 * offset, sentences and titles are slices of it, every node sits inside its parent, after its
 * previous sibling, and no content is left out of the tree.
 */
export function checkTree(report: AnalyzedReport): void {
  const text = report.text;
  const place = location(text);
  const visit = (node: Node, path: string) => {
    const { start, end } = node.position;
    checkSpan(path, start.offset!, end.offset!, text.length);
    for (const [name, point] of [['start', start], ['end', end]] as const) {
      const expected = place.toPoint(point.offset!);
      if (!expected || expected.line !== point.line || expected.column !== point.column) {
        fail(`${path}: ${name} ${point.line}:${point.column} is not where offset ${point.offset} is (${expected?.line}:${expected?.column})`);
      }
    }
    if (node.type === 'sentence' && node.value !== text.slice(start.offset, end.offset)) fail(`${path}: value ${show(node.value)} is not its slice`);
    if (node.type === 'heading') {
      if (node.title !== text.slice(node.titleStart, node.titleEnd)) fail(`${path}: title ${show(node.title)} is not its slice`);
      if (node.titleStart < start.offset! || node.titleEnd > end.offset! || node.titleStart > node.titleEnd) fail(`${path}: title outside the heading`);
    }
    if (node.type === 'section') {
      const heading = node.children[0];
      if (heading?.type !== 'heading') fail(`${path}: a section must open with its heading`);
      if (heading.title !== node.title || heading.marker !== node.marker) fail(`${path}: section and heading disagree`);
      if (node.ordinal !== null && text.slice(start.offset, start.offset! + node.marker.length) !== node.marker) fail(`${path}: marker ${show(node.marker)} is not at ${start.offset}`);
    }
    if (!('children' in node)) return;
    let previousEnd = start.offset!;
    (node.children as Node[]).forEach((child, i) => {
      const childPath = `${path}/${child.type}[${i}]`;
      const s = child.position.start.offset!;
      const e = child.position.end.offset!;
      if (s < previousEnd) fail(`${childPath}: starts at ${s}, before the end of what precedes it (${previousEnd})`);
      if (e > end.offset!) fail(`${childPath}: ends at ${e}, after its parent (${end.offset})`);
      visit(child, childPath);
      previousEnd = e;
    });
  };
  visit(report.tree, 'root');
  // The parser's promise: every character of content lands in a heading or a sentence.
  const covered = new Uint8Array(text.length);
  const cover = (node: Node) => {
    if (node.type === 'heading' || node.type === 'sentence') covered.fill(1, node.position.start.offset!, node.position.end.offset!);
    if ('children' in node) for (const child of node.children as Node[]) cover(child);
  };
  cover(report.tree);
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !BLANK.test(text[i]!)) fail(`${show(text[i]!)} at ${i} is in no heading or sentence: …${show(text.slice(Math.max(0, i - 10), i + 10))}…`);
  }
}

/** Blank space and line ends, and the `#`s of a Markdown heading, which stand before a marker as indentation. */
const BLANK = /[\s\u3000\u00a0\ufeff\u200b#]/;

/**
 * The document's sections nest: each inside its parent, siblings in order and apart; and a
 * metric's section path names the sections around it.
 */
export function checkNesting(doc: ReportDocumentJson): void {
  const walk = (sections: SectionJson[], parent: { start: number; end: number } | null, path: string) => {
    let previousEnd = parent?.start ?? 0;
    sections.forEach((s, i) => {
      const where = `${path}[${i}] ${show(s.marker)}`;
      if (s.start > s.end) fail(`${where}: start ${s.start} after end ${s.end}`);
      if (s.start < previousEnd) fail(`${where}: starts at ${s.start}, before the end of what precedes it (${previousEnd})`);
      if (parent && s.end > parent.end) fail(`${where}: ends at ${s.end}, after its parent (${parent.end})`);
      walk(s.children, s, `${where}.children`);
      previousEnd = s.end;
    });
  };
  walk(doc.sections, null, 'sections');
  for (const [i, m] of doc.metrics.entries()) {
    const around: string[] = [];
    let level = doc.sections;
    for (;;) {
      const s = level.find((x) => x.start <= m.start && m.end <= x.end);
      if (!s) break;
      around.push(s.title);
      level = s.children;
    }
    if (JSON.stringify(around) !== JSON.stringify(m.section)) fail(`metrics[${i}] ${show(m.quantity)}: section ${show(m.section.join(' / '))}, but it stands in ${show(around.join(' / '))}`);
  }
}
