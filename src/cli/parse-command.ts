/** `baogao parse FILE... [--format json|jsonl|csv|md] [--dict FILE]... [--word W]... [--verbose]` */
import { parseArgs } from 'node:util';
// The analysis and the output formats are imported once the arguments are known to be good:
// `--help` and usage errors answer without loading them (or jieba).
import type { MetricRow } from '../output/metrics-csv.js';
import type { ErrorRecordJson, ReportDocumentJson } from '../output/schema.js';
import { UsageError, type CliIO } from './io.js';
import { formatDiagnostics } from './report.js';
import { dictionaryHelp, dictionaryOptions, segmenterFrom } from './shared-options.js';

export const parseHelp = `Usage: baogao parse FILE... [options]

Parse reports (.txt and .md in UTF-8, UTF-16 or GB18030; .docx, .doc; .pdf
with a text layer; saved web pages .html/.htm) into JSON: kind, year, sections,
metrics, plan items and diagnostics, with offsets into each file's text. PDF
line wraps, page numbers, pages scraped onto one line, full-width forms and
traditional characters are seen through; offsets still index the text as read.

Options:
  --format json|jsonl|csv|md
                        json: one document (an array for several files);
                        jsonl: one line per file; csv: one row per metric
                        (file, section, action, object, value, unit, qualifier,
                        masked, quoted text); md: Markdown, per file its kind
                        and year, a metrics table (action, object, quantity,
                        value, unit, qualifier, section, offsets) and its plan
                        items. Default: json for one file, jsonl for several.
${dictionaryHelp}
  --verbose             list info diagnostics on stderr: masked template numbers,
                        and what normalisation did (PDF line wraps joined, page
                        numbers dropped, traditional characters read, …)
  -h, --help            show this help

Stdout holds only the data; diagnostics and errors go to stderr. A file that
cannot be read is an error record ({"file","error":{"code","message"}}) in jsonl
output, and makes the exit code 1.
`;

export async function parseCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      ...dictionaryOptions,
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(parseHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('parse: no FILE given (see baogao parse --help)');
  const format = values.format ?? (positionals.length === 1 ? 'json' : 'jsonl');
  if (format !== 'json' && format !== 'jsonl' && format !== 'csv' && format !== 'md') throw new UsageError(`parse: unknown --format ${format} (json, jsonl, csv or md)`);

  const { createProcessor, loadReport } = await import('../analyze.js');
  const { isReadError } = await import('../io/errors.js');
  const processor = createProcessor({ segmenter: segmenterFrom(values) });

  const results: Array<ReportDocumentJson | ErrorRecordJson> = [];
  const metricRows: MetricRow[] = [];
  let failed = 0;
  for (const path of positionals) {
    let result: ReportDocumentJson | ErrorRecordJson;
    try {
      const report = await loadReport(path, { processor });
      result = report.document;
      io.err(formatDiagnostics(path, result.diagnostics, values.verbose));
      if (format === 'csv') for (const metric of result.metrics) metricRows.push({ file: path, metric, text: report.source });
    } catch (error) {
      if (!isReadError(error)) throw error;
      failed++;
      io.err(`baogao: ${error.message}\n`);
      result = { file: path, error: { code: error.code, message: error.message } };
    }
    if (format === 'jsonl') io.out(JSON.stringify(result) + '\n');
    else results.push(result);
  }
  if (format === 'csv') io.out((await import('../output/metrics-csv.js')).metricsToCsv(metricRows));
  if (format === 'md') io.out((await import('../output/document-markdown.js')).documentsToMarkdown(results.filter((r): r is ReportDocumentJson => !('error' in r))));
  if (format === 'json') {
    const documents = results.filter((r) => !('error' in r));
    if (positionals.length === 1) {
      if (documents.length) io.out(JSON.stringify(documents[0], null, 2) + '\n');
    } else io.out(JSON.stringify(results, null, 2) + '\n');
  }
  return failed ? 1 : 0;
}
