/**
 * Property: every offset lies inside the text and slices back to what it quotes: in the printed
 * document (offsets into the text as given) and in the tree (offsets into the normalised text),
 * with normalisation or without.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anyText } from './arbitraries.js';
import { analyze, checkDocumentOffsets, checkTree } from './invariants.js';

describe('offsets slice back', () => {
  it('in the document and in the tree', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, normalize) => {
        const report = analyze(text, normalize);
        checkDocumentOffsets(report);
        checkTree(report);
      }),
      { numRuns: 2200 },
    );
  }, 300_000);
});
