/**
 * Property: the document is valid by the exported zod schema and survives JSON as it is (no
 * NaN, Infinity or undefined that JSON would turn into something else).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportDocument } from '../../src/output/schema.js';
import { anyText } from './arbitraries.js';
import { analyze, fail } from './invariants.js';

describe('the document is schema-valid', () => {
  it('by ReportDocument, and through JSON unchanged', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { document } = analyze(text);
        const parsed = ReportDocument.safeParse(document);
        if (!parsed.success) fail(parsed.error.message);
        expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
      }),
      { numRuns: 2200 },
    );
  }, 300_000);
});
