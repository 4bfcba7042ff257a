/**
 * Property: line endings change nothing. A text read with `\r\n` or `\r` in place of every `\n`
 * gives the same document once its offsets are mapped back to the `\n` text and quoted strings
 * have their line ends made `\n` too; with normalisation or without.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportDocumentJson } from '../../src/output/schema.js';
import { lfText } from './arbitraries.js';
import { analyze } from './invariants.js';

const OFFSET_KEYS = new Set(['start', 'end', 'titleStart', 'titleEnd']);

/** The document with offsets mapped by `toLf`, quoted line ends as `\n`, and without `length`. */
function view(doc: ReportDocumentJson, toLf: (offset: number) => number): unknown {
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'number' && key !== null && OFFSET_KEYS.has(key)) return toLf(value);
    if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
    if (Array.isArray(value)) return value.map((v) => walk(v, null));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'length').map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(doc, null);
}

/** From an offset into the CRLF text to one into the LF text: each `\r` before it is gone. */
function crlfToLf(crlf: string): (offset: number) => number {
  const before = new Int32Array(crlf.length + 1);
  for (let i = 0; i < crlf.length; i++) before[i + 1] = before[i]! + (crlf[i] === '\r' ? 1 : 0);
  return (offset) => offset - before[offset]!;
}

describe('line endings change nothing', () => {
  it('\\n, \\r\\n and \\r give the same document', () => {
    fc.assert(
      fc.property(lfText, fc.boolean(), (lf, normalize) => {
        const crlf = lf.replace(/\n/g, '\r\n');
        const cr = lf.replace(/\n/g, '\r');
        const expected = view(analyze(lf, normalize).document, (o) => o);
        expect(view(analyze(crlf, normalize).document, crlfToLf(crlf))).toStrictEqual(expected);
        // CR for LF keeps every offset.
        expect(view(analyze(cr, normalize).document, (o) => o)).toStrictEqual(expected);
      }),
      { numRuns: 2200 },
    );
  }, 300_000);
});
