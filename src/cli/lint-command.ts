/** `baogao lint FILE... [--format text|json|sarif] [--rule ID=off|info|warn|error]... [--fail-level warn|error]` */
import { parseArgs } from 'node:util';
import { UsageError, type CliIO } from './io.js';
import { dictionaryHelp, dictionaryOptions, formatOption, segmenterFrom } from './shared-options.js';

export const lintHelp = `Usage: baogao lint FILE... [options]

Proofread reports before they are sent: unfilled template values (xx次, 20xx年,
XX局, 某某), numbering slips (a repeated 三是, a skipped number, (二) among
（一）), formulations written wrong (两个“维护”, 四个意识 with a member missing)
and misspelt fixed terms (条列), formulations outdated by the report's year,
a plan part planning an earlier year, sentences written twice, and punctuation
(。。, unbalanced quotes and brackets, ASCII , ; : in Chinese text). Each finding has its position in the
file as read, its rule and, where one exists, the fix.

Rules and default severities:
  unfilled-placeholder  error   formulation    error
  numbering             warn    repeated-text  warn
  outdated-formulation  warn    year-consistency warn
  punctuation           warn

Options:
  --format text|json|sarif
                        text (default): file:line:column, severity, message,
                        rule, then a summary line; json: [{file, messages}];
                        sarif: SARIF 2.1.0 for code-review tools
  --rule ID=LEVEL       set a rule to off, info, warn or error; repeatable
  --fail-level warn|error
                        exit 1 when a finding at or above this level remains
                        (default: error)
${dictionaryHelp}
  -h, --help            show this help

Stdout holds the findings only; a file that cannot be read is reported on
stderr and makes the exit code 1.
`;

const LEVELS = ['off', 'info', 'warn', 'error'] as const;

export async function lintCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      rule: { type: 'string', multiple: true },
      'fail-level': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      ...dictionaryOptions,
    },
  });
  if (values.help) {
    io.out(lintHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('lint: no FILE given (see baogao lint --help)');
  const format = formatOption(values.format, ['text', 'json', 'sarif'], 'text', 'lint');
  const failLevel = values['fail-level'] ?? 'error';
  if (failLevel !== 'warn' && failLevel !== 'error') throw new UsageError(`lint: --fail-level wants warn or error, not "${failLevel}"`);
  const rules: Record<string, (typeof LEVELS)[number]> = {};
  for (const spec of values.rule ?? []) {
    const [id, level] = spec.split('=');
    if (!id || !level || !(LEVELS as readonly string[]).includes(level)) throw new UsageError(`lint: --rule wants ID=off|info|warn|error, not "${spec}"`);
    rules[id] = level as (typeof LEVELS)[number];
  }

  const [{ createProcessor, loadReport }, { isReadError }, { lint, severities, UnknownRuleError }, output] = await Promise.all([
    import('../analyze.js'),
    import('../io/errors.js'),
    import('../lint/index.js'),
    import('../output/lint-report.js'),
  ]);
  try {
    severities({ rules });
  } catch (error) {
    if (error instanceof UnknownRuleError) throw new UsageError(`lint: ${error.message}`);
    throw error;
  }
  const segmenter = segmenterFrom(values);
  const processor = createProcessor({ segmenter });
  const results: Array<{ file: string; source: string; messages: ReturnType<typeof lint> }> = [];
  let failed = 0;
  for (const path of positionals) {
    try {
      const report = await loadReport(path, { processor });
      results.push({ file: path, source: report.source, messages: lint(report, { rules, segmenter }) });
    } catch (error) {
      if (!isReadError(error)) throw error;
      failed++;
      io.err(`baogao: ${error.message}\n`);
    }
  }
  if (format === 'json') io.out(`${JSON.stringify(results.map(({ file, messages }) => ({ file, messages })), null, 2)}\n`);
  else if (format === 'sarif') io.out(output.lintToSarif(results));
  else io.out(output.lintToText(results));
  const rank = { info: 0, warn: 1, error: 2 } as const;
  const failing = results.some((r) => r.messages.some((m) => rank[m.severity] >= rank[failLevel]));
  return failed || failing ? 1 : 0;
}
