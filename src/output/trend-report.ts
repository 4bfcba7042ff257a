/** Renders a trend (schema.ts `Trend`) as Markdown or CSV. */
import { basename } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { TrendJson } from './schema.js';
import { heading, paragraph, table, text, toMarkdown } from './markdown.js';

const label = (d: { file: string | null; year: number | null; kind: string; samePeriodAsPrevious: boolean }) =>
  `${d.year ?? '?'} (${d.kind}${d.samePeriodAsPrevious ? ', same year as the one before: no change read' : ''}) ${d.file ?? ''}`.trim();
const PERIOD = { year: 'year', 'years-average': 'span, per year', 'years-total': 'span, total', years: 'span' } as const;
const signed = (x: number | null) => (x === null ? '' : x > 0 ? `+${x}` : String(x));

/**
 * Column names: the year, and where two reports share a year (or have none) the file's name too,
 * so that no two columns, and no two changes, read alike.
 */
function columnNames(t: TrendJson): string[] {
  const years = t.documents.map((d) => String(d.year ?? '?'));
  return t.documents.map((d, i) => {
    const shared = d.year === null || years.filter((y) => y === years[i]).length > 1;
    return shared && d.file ? `${years[i]} ${basename(d.file)}` : years[i]!;
  });
}

export function trendToMarkdown(t: TrendJson): string {
  const years = columnNames(t);
  const metrics = table(
    ['Action', 'Object', 'Period', 'Unit', ...years],
    t.metrics.map((m) => [
      m.action ?? '—',
      m.object,
      PERIOD[m.period],
      m.unit,
      ...m.points.map((p, i) => (p.given ? `${p.masked ? '(masked)' : p.value}${m.deltas[i] !== null ? ` (${signed(m.deltas[i]!)})` : ''}` : '—')),
    ]),
  );
  const terms = table(
    ['Term', 'Category', 'Change', ...years.map((y) => `${y} (per 10k chars)`)],
    t.terms.map((x) => [
      x.term,
      x.category ?? 'key term',
      // with more than two reports, say when: `appears 2022, rises 2024`
      t.documents.length > 2 ? x.changes.map((c) => `${c.change} ${years[c.at] ?? c.year ?? '?'}`).join(', ') : x.change,
      ...x.counts.map((n, i) => `${n} (${x.perTenThousand[i]})`),
    ]),
  );
  const copied = table(
    ['Similarity', 'Earlier', 'Later'],
    t.carriedOver.map((c) => [c.similarity.toFixed(2), `${c.from.year ?? '?'} [${c.from.start}–${c.from.end}] 「${c.from.text}」`, `${c.to.year ?? '?'} [${c.to.start}–${c.to.end}] 「${c.to.text}」`]),
  );
  return toMarkdown([
    heading(1, 'Trend across reports'),
    paragraph(text(`Reports in year order: ${t.documents.map(label).join('; ')}.`)),
    heading(2, 'Metric series'),
    t.metrics.length ? metrics : paragraph(text('No headline indicator is given, and no action and object is counted in two or more reports.')),
    heading(2, 'Formulations and key terms'),
    t.terms.length ? terms : paragraph(text('No term appears, disappears, rises or falls from one report to the next.')),
    heading(2, 'Carried-over sentences'),
    t.carriedOver.length ? copied : paragraph(text('No sentence is repeated from the previous report.')),
  ]);
}

/** One row per metric series point: the table a spreadsheet user pivots. */
export function trendToCsv(t: TrendJson): string {
  const rows: unknown[][] = [];
  for (const m of t.metrics) {
    m.points.forEach((p, i) => {
      if (!p.given) return;
      rows.push([m.action ?? '', m.object, m.indicator ?? '', m.period, m.unit, p.year ?? '', p.file ?? '', p.value ?? '', String(p.masked), m.deltas[i] ?? '', p.quantities.map((q) => q.quantity).join(' ')]);
    });
  }
  return stringify(rows, { header: true, columns: ['action', 'object', 'indicator', 'period', 'unit', 'year', 'file', 'value', 'masked', 'delta', 'quantities'] });
}
