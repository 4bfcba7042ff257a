/** Diagnostics on stderr: warnings one per line, info messages (masked numbers) counted unless --verbose. */
import type { DiagnosticJson } from '../output/schema.js';

export function formatDiagnostics(file: string, diagnostics: DiagnosticJson[], verbose: boolean): string {
  const lines: string[] = [];
  let hidden = 0;
  for (const d of diagnostics) {
    if (d.severity === 'info' && !verbose) {
      hidden++;
      continue;
    }
    const where = d.line !== null ? `${file}:${d.line}:${d.column ?? 1}` : file;
    lines.push(`${where}: ${d.severity} ${d.reason}${d.ruleId ? ` [${d.ruleId}]` : ''}`);
  }
  if (hidden) lines.push(`${file}: ${hidden} info message${hidden === 1 ? '' : 's'} (use --verbose to list)`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
