/**
 * Property: analysis never throws, whatever the text: report-like text with every marker and
 * number form, control characters, lone surrogates, or any string at all.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anyText } from './arbitraries.js';
import { analyze } from './invariants.js';

describe('analysis never throws', () => {
  it('on any text, normalised or as given', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, normalize) => {
        analyze(text, normalize);
      }),
      { numRuns: 2200 },
    );
  }, 300_000);
});
