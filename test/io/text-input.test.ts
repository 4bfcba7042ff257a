/** The library's entry points on inputs that are not a report's text: a clear TypeError, never a crash deep inside. */
import { describe, expect, it } from 'vitest';
import { analyzeReport, analyzeText } from '../../src/analyze.js';

describe('analyzeText / analyzeReport on what is not text', () => {
  it.each([42, null, undefined, { body: 'x' }, { text: 7 }])('%s → a TypeError saying what it wants', (input) => {
    expect(() => analyzeText(input as unknown as string)).toThrow(TypeError);
    expect(() => analyzeReport(input as unknown as string)).toThrow(/expected the report's text as a string/);
  });

  it('an empty string is a text: a result, not an error', () => {
    expect(analyzeText('')).toMatchObject({ sections: [], metrics: [], planItems: [] });
  });
});
