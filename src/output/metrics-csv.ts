/**
 * Metrics as CSV, one row per metric (the table of the metrics issue). Written through
 * csv-stringify, which quotes any field holding a comma, a quote or a line break, so every field
 * reads back unchanged with an RFC 4180 reader.
 */
import { stringify } from 'csv-stringify/sync';
import type { Metric } from '../metrics/extract.js';

export interface MetricRow {
  /** The report the metric comes from. */
  file: string;
  metric: Metric;
  /** The report's text; when given, the `sentence` column holds the metric's sentence. */
  text?: string;
}

export interface MetricsCsvOptions {
  /** Start with a UTF-8 BOM, for spreadsheet programs that otherwise misread Chinese (default false). */
  bom?: boolean;
}

export const METRICS_CSV_COLUMNS = [
  'file', 'section', 'action', 'object', 'value', 'valueMax', 'unit', 'approx', 'masked', 'quantity', 'start', 'end', 'sentence',
] as const;

/** Titles of enclosing sections are joined with this in the `section` column. */
export const SECTION_SEPARATOR = ' > ';

export function metricsToCsv(rows: MetricRow[], options: MetricsCsvOptions = {}): string {
  const records = rows.map(({ file, metric: m, text }) => [
    file,
    (m.section ?? []).join(SECTION_SEPARATOR),
    m.action ?? '',
    m.object ?? '',
    m.value ?? '',
    m.valueMax ?? '',
    m.unit,
    m.approx ?? '',
    m.masked ? 'true' : 'false',
    m.quantity,
    m.start,
    m.end,
    text === undefined ? '' : text.slice(m.sentence.start, m.sentence.end),
  ]);
  return stringify(records, {
    header: true,
    columns: [...METRICS_CSV_COLUMNS],
    bom: options.bom ?? false,
    // CRLF as RFC 4180 has it; fields holding a lone CR are quoted too
    record_delimiter: 'windows',
    quoted_match: /\r/,
  });
}
