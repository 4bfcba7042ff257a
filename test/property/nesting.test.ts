/**
 * Property: sections nest without overlap, in the printed document and in the one the analysers
 * read, and a metric's section path names the sections it stands in.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { reportText } from './arbitraries.js';
import { analyze, checkNesting } from './invariants.js';

describe('sections nest', () => {
  it('children inside their parent, siblings in order and apart', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const report = analyze(text);
        checkNesting(report.document);
        checkNesting(report.analysis);
      }),
      { numRuns: 2200 },
    );
  }, 300_000);
});
