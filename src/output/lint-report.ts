/**
 * Lint findings as text (vfile-reporter's conventions: file:line:column, severity, message, rule
 * id, a summary line), as SARIF 2.1.0 for code-review tools, or as JSON (the `LintResult` list).
 */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { location } from 'vfile-location';
import type { LintMessage } from '../lint/index.js';
import { RULES } from '../lint/index.js';

export interface LintResult {
  file: string;
  messages: LintMessage[];
}

/** vfile-reporter's text: one block per file, a summary line at the end. */
export function lintToText(results: Array<LintResult & { source: string }>): string {
  const files = results.map(({ file, source, messages }) => {
    const vfile = new VFile({ path: file, value: source });
    const place = location(source);
    for (const m of messages) {
      const message = vfile.message(m.reason, {
        place: { start: place.toPoint(m.start)!, end: place.toPoint(m.end) ?? place.toPoint(m.start)! },
        ruleId: m.ruleId,
        source: 'baogao',
      });
      // vfile's levels: fatal true is an error, false a warning, undefined an info message.
      message.fatal = m.severity === 'error' ? true : m.severity === 'warn' ? false : undefined;
    }
    return vfile;
  });
  return `${reporter(files, { color: false })}\n`;
}

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

/** SARIF 2.1.0: one run, baogao's rules, one result per finding with its region in the file. */
export function lintToSarif(results: Array<LintResult & { source: string }>): string {
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'baogao', rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.summary } })) } },
        results: results.flatMap(({ file, source, messages }) => {
          const place = location(source);
          return messages.map((m) => {
            const end = place.toPoint(m.end) ?? { line: m.line, column: m.column };
            return {
              ruleId: m.ruleId,
              level: LEVEL[m.severity],
              message: { text: m.reason },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: file },
                    region: { startLine: m.line, startColumn: m.column, endLine: end.line, endColumn: end.column, charOffset: m.start, charLength: m.end - m.start, snippet: { text: m.actual } },
                  },
                },
              ],
              ...(m.expected ? { fixes: m.expected.map((text) => ({ description: { text: `→ ${text}` }, artifactChanges: [{ artifactLocation: { uri: file }, replacements: [{ deletedRegion: { charOffset: m.start, charLength: m.end - m.start }, insertedContent: { text } }] }] })) } : {}),
            };
          });
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
