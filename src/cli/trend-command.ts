/** `baogao trend FILE... [--format json|csv|md|xlsx] [--out FILE]` */
import { parseArgs } from 'node:util';
// The analysis, the trend and the output formats are imported once the arguments are known to be
// good: `--help` and usage errors answer without loading them (or jieba).
import type { AnalyzedReport } from '../analyze.js';
import { BINARY_FORMATS, UsageError, writeOutput, type CliIO } from './io.js';
import { dictionaryHelp, dictionaryOptions, formatOption, segmenterFrom } from './shared-options.js';

export const trendHelp = `Usage: baogao trend FILE... [options]

Orders reports by year and shows what changed: metric series for the same action
and object with deltas, formulations and key terms that appear, disappear, rise or
fall from one report to the next (each change with its year), and sentences
carried over verbatim or nearly so from the previous report.

Options:
  --format json|csv|md|xlsx|html
                        output format (default json; csv holds the metric
                        series; xlsx: a workbook, a sheet each for series, terms
                        and carried-over sentences, needs --out; html: one
                        self-contained page, a small chart per series)
  --out FILE            write the output to FILE instead of stdout
${dictionaryHelp}
  -h, --help            show this help

Files that cannot be read are reported on stderr and left out (exit code 1).
`;

export async function trendCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h', default: false }, ...dictionaryOptions },
  });
  if (values.help) {
    io.out(trendHelp);
    return 0;
  }
  if (positionals.length < 2) throw new UsageError('trend: give two or more reports (see baogao trend --help)');
  const format = formatOption(values.format, ['json', 'csv', 'md', 'xlsx', 'html'], 'json', 'trend');
  if (BINARY_FORMATS.has(format) && !values.out) throw new UsageError(`trend: --format ${format} needs --out FILE.${format}`);
  const [{ createProcessor, loadReport }, { trend }, { isReadError }] = await Promise.all([import('../analyze.js'), import('../compare/trend.js'), import('../io/errors.js')]);
  const segmenter = segmenterFrom(values);
  const processor = createProcessor({ segmenter });
  const reports: AnalyzedReport[] = [];
  let failed = 0;
  for (const path of positionals) {
    try {
      reports.push(await loadReport(path, { processor }));
    } catch (error) {
      if (!isReadError(error)) throw error;
      failed++;
      io.err(`baogao: ${error.message}\n`);
    }
  }
  const result = trend(reports, segmenter);
  let output: string | Buffer;
  if (format === 'json') output = JSON.stringify(result, null, 2) + '\n';
  else if (format === 'html') output = (await import('../output/trend-html.js')).trendToHtml(result);
  else if (format === 'xlsx') {
    const { sheetsToXlsx, trendSheets } = await import('../output/xlsx.js');
    output = await sheetsToXlsx(trendSheets(result));
  } else {
    const { trendToCsv, trendToMarkdown } = await import('../output/trend-report.js');
    output = format === 'md' ? trendToMarkdown(result) : trendToCsv(result);
  }
  const written = writeOutput(io, output, values.out, 'trend');
  if (written) return written;
  return failed ? 1 : 0;
}
