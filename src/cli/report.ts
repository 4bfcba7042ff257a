/**
 * Diagnostics on stderr: warnings one per line, info messages (masked numbers) counted unless
 * --verbose. A rule that fires on every line of a malformed file (200,000 `一是`) is listed only
 * so far, then counted: the full list stays in the JSON output.
 */
import type { DiagnosticJson } from '../output/schema.js';

/** How many messages of one rule are listed per file before the rest are counted. */
export const LISTED_PER_RULE = 20;

export function formatDiagnostics(file: string, diagnostics: DiagnosticJson[], verbose: boolean): string {
  const lines: string[] = [];
  let hidden = 0;
  const listed = new Map<string, number>();
  const unlisted = new Map<string, number>();
  for (const d of diagnostics) {
    if (d.severity === 'info' && !verbose) {
      hidden++;
      continue;
    }
    const rule = d.ruleId ?? d.severity;
    const n = listed.get(rule) ?? 0;
    if (n >= LISTED_PER_RULE) {
      unlisted.set(rule, (unlisted.get(rule) ?? 0) + 1);
      continue;
    }
    listed.set(rule, n + 1);
    const where = d.line !== null ? `${file}:${d.line}:${d.column ?? 1}` : file;
    lines.push(`${where}: ${d.severity} ${d.reason}${d.ruleId ? ` [${d.ruleId}]` : ''}`);
  }
  for (const [rule, n] of unlisted) lines.push(`${file}: ${n} more [${rule}] message${n === 1 ? '' : 's'} not listed (all are in the JSON output)`);
  if (hidden) lines.push(`${file}: ${hidden} info message${hidden === 1 ? '' : 's'} (use --verbose to list)`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
