/**
 * From the normalised text the analysers read back to the text as read: every offset of a
 * document goes through the OffsetMap, quoted words are the source's own characters (traditional
 * script and full-width digits as written, without the line breaks of a wrapped line), and in a
 * paged format (.pdf) every fact gets its page. Derived terms (action, object, unit) stay as the
 * analysers read them, so that reports in either script line up.
 */
import { location } from 'vfile-location';
import type { OffsetMap } from '../normalize/offset-map.js';
import { firstStartingAt } from '../text/sorted-spans.js';
import type { DiagnosticJson, MetricJson, PlanItemJson, ReportDocumentJson, SectionJson } from './schema.js';

export interface SourceText {
  /** The text as read. */
  text: string;
  /** The normalised text the analysers read. */
  normalized: string;
  map: OffsetMap;
  /** Start offset of each page in `text` (paged formats only). */
  pages?: number[];
}

/** Page number (1-based) of a source offset, or undefined in an unpaged format. */
export function pageAt(pages: number[] | undefined, offset: number): number | undefined {
  if (!pages || pages.length === 0) return undefined;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Maps spans and quotes of one report; shared by documents, comparisons and trends. */
export class SourceMapper {
  constructor(readonly source: SourceText) {}

  /** Nothing to map: the analysers read the text as read, and it has no pages. */
  get identity(): boolean {
    return this.source.normalized === this.source.text && !this.source.pages;
  }

  span(start: number, end: number): { start: number; end: number } {
    return this.source.map.span(start, end);
  }

  /** A span with its page, when the format has pages. */
  paged(start: number, end: number): { start: number; end: number; page?: number } {
    const span = this.span(start, end);
    const page = pageAt(this.source.pages, span.start);
    return page === undefined ? span : { ...span, page };
  }

  /** The source's words behind [start, end) of the normalised text. */
  quote(start: number, end: number): string {
    return this.source.map.quote(this.source.text, start, end);
  }

  /** The exact source text of the span that [start, end) maps to. */
  slice(start: number, end: number): string {
    const s = this.span(start, end);
    return this.source.text.slice(s.start, s.end);
  }
}

/**
 * A span kept inside the span that holds it. An empty span maps to the start of the source
 * character after it, which lies past its holder's end when normalisation deleted a character
 * in between (an empty task body at the task's end, before a deleted stray space).
 */
const within = (span: { start: number; end: number }, holder: { start: number; end: number }) => {
  const clamp = (o: number) => Math.min(Math.max(o, holder.start), holder.end);
  return { start: clamp(span.start), end: clamp(span.end) };
};

export function documentToSource(doc: ReportDocumentJson, source: SourceText): ReportDocumentJson {
  const m = new SourceMapper(source);
  if (m.identity) return doc;
  // Each section's quoted title, by its start (no two sections start at one offset).
  const titles = new Map<number, string>();
  const section = (s: SectionJson): SectionJson => {
    const title = m.quote(s.titleStart, s.titleEnd);
    titles.set(s.start, title);
    const { start, end, page } = m.paged(s.start, s.end);
    const titleSpan = within(m.span(s.titleStart, s.titleEnd), { start, end });
    return {
      ...s,
      // A plan cue (no ordinal) is words of the text like any marker: quoted too, as its plan item's is.
      marker: m.quote(s.start, s.start + s.marker.length),
      title,
      start,
      end,
      ...(page !== undefined ? { page } : {}),
      titleStart: titleSpan.start,
      titleEnd: titleSpan.end,
      children: s.children.map(section),
    };
  };
  const sections = doc.sections.map(section);
  // A path names sections by title: each is quoted from the section of that title around the fact,
  // since two sections may read alike once normalised (學習, 学习). A part's title is left as read.
  // Siblings are in order and apart: the one around `at` is the last to start at or before it.
  const path = (p: string[], at: number) => {
    let level = doc.sections;
    return p.map((t) => {
      const s = level[firstStartingAt(level, at + 1, (x) => x.start) - 1];
      if (!s || at >= s.end || s.title !== t) return t;
      level = s.children;
      return titles.get(s.start)!;
    });
  };
  const metric = (x: MetricJson): MetricJson => {
    const { start, end, page } = m.paged(x.start, x.end);
    return {
      ...x,
      quantity: source.text.slice(start, end),
      start,
      end,
      ...(page !== undefined ? { page } : {}),
      sentence: m.span(x.sentence.start, x.sentence.end),
      section: path(x.section, x.start),
    };
  };
  const planItem = (p: PlanItemJson): PlanItemJson => {
    const { start, end, page } = m.paged(p.start, p.end);
    return {
      ...p,
      marker: m.quote(p.start, p.start + p.marker.length),
      title: titles.get(p.start) ?? p.title,
      start,
      end,
      ...(page !== undefined ? { page } : {}),
      body: within(m.span(p.body.start, p.body.end), { start, end }),
      section: path(p.section, p.start),
      targets: p.targets.map((t) => {
        const span = m.span(t.start, t.end);
        return { ...t, ...span, quantity: source.text.slice(span.start, span.end) };
      }),
      deadlines: p.deadlines.map((d) => ({ ...m.span(d.start, d.end), text: m.quote(d.start, d.end) })),
    };
  };
  const place = location(source.text);
  const diagnostic = (d: DiagnosticJson): DiagnosticJson => {
    if (d.start === null) return d;
    const start = m.span(d.start, d.end ?? d.start).start;
    const end = d.end === null ? null : m.span(d.start, d.end).end;
    const point = place.toPoint(start);
    return { ...d, start, end, line: point?.line ?? d.line, column: point?.column ?? d.column };
  };
  return {
    ...doc,
    length: source.text.length,
    title: doc.title && { ...m.span(doc.title.start, doc.title.end), text: m.quote(doc.title.start, doc.title.end) },
    sections,
    parts: doc.parts.map((p) => {
      const title = m.span(p.titleStart, p.titleEnd);
      return { ...p, ...m.span(p.start, p.end), title: m.quote(p.titleStart, p.titleEnd), titleStart: title.start, titleEnd: title.end };
    }),
    metrics: doc.metrics.map(metric),
    planItems: doc.planItems.map(planItem),
    diagnostics: doc.diagnostics.map(diagnostic),
  };
}
