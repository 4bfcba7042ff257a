/** Renders a comparison (schema.ts `Comparison`) as Markdown or CSV. */
import { stringify } from 'csv-stringify/sync';
import type { PhrasingContent } from 'mdast';
import type { ComparisonJson } from './schema.js';
import { br, heading, paragraph, strong, table, text, toMarkdown } from './markdown.js';

const STATUS: Record<string, string> = { done: '✅ done', partial: '◐ partial', 'not-found': '✗ not found' };
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const name = (side: { file: string | null; year: number | null }) => `${side.file ?? '(text)'}${side.year ? ` (${side.year})` : ''}`;
/** A target's number, a range, or nothing for a target with no number (`与经济增长同步`). */
const range = (t: { value: number | null; valueMax: number | null }) => (t.value === null ? '' : t.valueMax !== null ? `${t.value}–${t.valueMax}` : String(t.value));

export function comparisonToMarkdown(c: ComparisonJson): string {
  const evidence = (item: ComparisonJson['items'][number]): PhrasingContent[] =>
    item.evidence.flatMap((e, i) => [...(i ? [br()] : []), text(`「${e.text}」 [${e.start}–${e.end}, ${e.score}; ${e.terms.join('、')}]`)]);
  const items = table(
    ['#', 'Plan item', 'Status', 'Score', 'Evidence in the report'],
    c.items.map((item, i) => [String(i + 1), `${item.planItem.marker}${item.planItem.title}`, STATUS[item.status]!, item.score.toFixed(2), evidence(item)]),
    ['right', 'left', 'left', 'right', 'left'],
  );
  const targets = table(
    ['Target (plan)', 'Polarity', 'Actual (report)', 'Met'],
    c.targets.map((t) => [
      `「${t.text}」 ${range(t)}${t.unit}${t.approx ?? ''} [${t.start}–${t.end}]`,
      t.polarity + (t.lowerIsBetter ? ' (lower is better)' : ''),
      t.actual ? `「${t.actual.text}」 ${t.actual.value}${t.actual.unit} [${t.actual.start}–${t.actual.end}]` : '—',
      t.value === null ? 'no number: no verdict' : t.met === null ? 'no figure in the report' : t.met ? 'met' : 'not met',
    ]),
  );
  return toMarkdown([
    heading(1, `Plan ${name(c.plan)} against report ${name(c.report)}`),
    paragraph(
      strong(`Completion ${pct(c.completionRate)}`),
      text(` — ${c.counts.done} done, ${c.counts.partial} partial, ${c.counts.notFound} not found of ${c.items.length} plan items (partial counts half).`),
    ),
    ...c.warnings.map((w) => paragraph(strong('Warning:'), text(` ${w.message}`))),
    heading(2, 'Plan items'),
    ...(c.items.length ? [items] : [paragraph(text('The plan has no plan items.'))]),
    heading(2, 'Numeric targets'),
    ...(c.targets.length ? [targets] : [paragraph(text('The plan sets no numeric targets.'))]),
  ]);
}

export function comparisonToCsv(c: ComparisonJson): string {
  const rows: unknown[][] = [];
  for (const item of c.items) {
    const best = item.evidence[0];
    rows.push(['item', item.planItem.start, item.planItem.end, `${item.planItem.marker}${item.planItem.title}`, item.status, item.score, best?.start ?? '', best?.end ?? '', best?.text ?? '', '']);
  }
  for (const t of c.targets) {
    rows.push(['target', t.start, t.end, t.text, t.met === null ? '' : t.met ? 'met' : 'not met', t.polarity, t.actual?.start ?? '', t.actual?.end ?? '', t.actual?.text ?? '', t.actual?.value ?? '']);
  }
  return stringify(rows, {
    header: true,
    columns: ['row', 'plan_start', 'plan_end', 'plan_text', 'status', 'score_or_polarity', 'report_start', 'report_end', 'report_text', 'actual_value'],
  });
}
