/**
 * A parsed report as Markdown, for reading and for pasting into a memo: what the report is, its
 * metrics as a table with action and object in columns of their own (so a reader can sort or filter
 * by them in any GFM viewer or spreadsheet), and its plan items with their targets.
 */
import type { RootContent } from 'mdast';
import type { MetricJson, ReportDocumentJson } from './schema.js';
import { heading, paragraph, strong, table, text, toMarkdown } from './markdown.js';
import { SECTION_SEPARATOR } from './metrics-csv.js';

const KIND_NAMES: Record<ReportDocumentJson['kind'], string> = {
  summary: 'summary (总结)',
  plan: 'plan (计划/要点)',
  'half-year': 'half-year (半年总结)',
  'summary+plan': 'summary with a plan part',
};

/** The columns of the metrics table, in order; action and object come first, as sort keys. */
export const METRICS_MARKDOWN_COLUMNS = ['action', 'object', 'quantity', 'value', 'unit', 'approx', 'section', 'offsets'] as const;

const dash = (s: string | null | undefined) => (s === null || s === undefined || s === '' ? '—' : s);
const valueOf = (m: Pick<MetricJson, 'masked' | 'value' | 'valueMax'>) =>
  m.masked ? 'masked' : m.value === null ? '—' : m.valueMax !== null ? `${m.value}–${m.valueMax}` : String(m.value);

function metricsTable(doc: ReportDocumentJson): RootContent {
  return table(
    [...METRICS_MARKDOWN_COLUMNS],
    doc.metrics.map((m) => [
      dash(m.action),
      dash(m.object),
      m.quantity,
      valueOf(m),
      m.unit,
      dash(m.approx),
      dash(m.section.join(SECTION_SEPARATOR)),
      `${m.start}–${m.end}`,
    ]),
    [null, null, null, 'right', null, null, null, 'right'],
  );
}

function planTable(doc: ReportDocumentJson): RootContent {
  return table(
    ['marker', 'task', 'year', 'targets', 'deadlines'],
    doc.planItems.map((p) => [
      p.marker,
      p.title,
      p.year === null ? '—' : String(p.year),
      dash(p.targets.map((t) => [t.action, t.object, t.quantity].filter(Boolean).join(' ')).join('; ')),
      dash(p.deadlines.map((d) => d.text).join('、')),
    ]),
  );
}

/** One report as Markdown sections; several reports follow one another under their file names. */
export function documentToMarkdownNodes(doc: ReportDocumentJson): RootContent[] {
  const out: RootContent[] = [heading(2, doc.title?.text ?? doc.file ?? 'report')];
  out.push(
    paragraph(
      strong('kind'), text(` ${KIND_NAMES[doc.kind]} · `),
      strong('year'), text(` ${doc.year ?? 'not stated'} · `),
      strong('file'), text(` ${doc.file ?? '—'}`),
    ),
  );
  out.push(heading(3, `Metrics (${doc.metrics.length})`));
  out.push(doc.metrics.length ? metricsTable(doc) : paragraph(text('No metrics.')));
  out.push(heading(3, `Plan items (${doc.planItems.length})`));
  out.push(doc.planItems.length ? planTable(doc) : paragraph(text('No plan items.')));
  return out;
}

export function documentsToMarkdown(docs: ReportDocumentJson[]): string {
  return toMarkdown([heading(1, 'baogao: parsed reports'), ...docs.flatMap(documentToMarkdownNodes)]);
}
