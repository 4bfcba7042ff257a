/** `baogao compare PLAN REPORT [--format json|csv|md]` */
import { parseArgs } from 'node:util';
// The analysis, the comparison and the output formats are imported once the arguments are known
// to be good: `--help` and usage errors answer without loading them (or jieba).
import { BINARY_FORMATS, UsageError, writeOutput, type CliIO } from './io.js';
import { dictionaryHelp, dictionaryOptions, formatOption, segmenterFrom } from './shared-options.js';

export const compareHelp = `Usage: baogao compare PLAN REPORT [options]

Puts last year's plan beside this year's report: for each plan item, whether the
report shows it done (with the report sentences that say so), and for each numeric
target in the plan, the report's figure and whether the target was met.

PLAN is a plan document (工作要点) or a report whose plan part is used (工作打算,
下一步); REPORT is the next review, whose review part is used.

Options:
  --format json|csv|md|docx|xlsx|html
                        output format (default json); docx: the Word table
                        offices file, 工作计划完成情况对照表; xlsx: a workbook,
                        a sheet of plan items and one of targets (both need
                        --out); html: one self-contained page, the plan items
                        beside the report with each piece of evidence lit up
  --out FILE            write the output to FILE instead of stdout
${dictionaryHelp}
  -h, --help            show this help

Statuses: done (strong matching evidence), partial (related text), not-found.
Offsets of targets are in PLAN; offsets of evidence and actual figures in REPORT.
`;

export async function compareCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h', default: false }, ...dictionaryOptions },
  });
  if (values.help) {
    io.out(compareHelp);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('compare: give exactly two files, PLAN and REPORT (see baogao compare --help)');
  const format = formatOption(values.format, ['json', 'csv', 'md', 'docx', 'xlsx', 'html'], 'json', 'compare');
  if (BINARY_FORMATS.has(format) && !values.out) throw new UsageError(`compare: --format ${format} needs --out FILE.${format}`);
  const [{ createProcessor, loadReport }, { compare }, { isReadError }] = await Promise.all([import('../analyze.js'), import('../compare/compare.js'), import('../io/errors.js')]);
  const segmenter = segmenterFrom(values);
  const processor = createProcessor({ segmenter });
  try {
    const plan = await loadReport(positionals[0]!, { processor });
    const report = await loadReport(positionals[1]!, { processor });
    const result = compare(plan, report, segmenter);
    for (const w of result.warnings) io.err(`baogao: warning: ${w.message} [${w.code}]\n`);
    let output: string | Buffer;
    if (format === 'json') output = JSON.stringify(result, null, 2) + '\n';
    else if (format === 'html') output = (await import('../output/compare-html.js')).comparisonToHtml(result, report.source);
    else if (format === 'docx') output = await (await import('../output/compare-docx.js')).comparisonToDocx(result);
    else if (format === 'xlsx') {
      const { comparisonSheets, sheetsToXlsx } = await import('../output/xlsx.js');
      output = await sheetsToXlsx(comparisonSheets(result));
    }
    else {
      const { comparisonToCsv, comparisonToMarkdown } = await import('../output/compare-report.js');
      output = format === 'md' ? comparisonToMarkdown(result) : comparisonToCsv(result);
    }
    return writeOutput(io, output, values.out, 'compare');
  } catch (error) {
    if (!isReadError(error)) throw error;
    io.err(`baogao: ${error.message}\n`);
    return 1;
  }
}
