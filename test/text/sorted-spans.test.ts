import { describe, expect, it } from 'vitest';
import { firstStartingAt, spansWithin } from '../../src/text/sorted-spans.js';

const span = (s: { start: number; end: number }) => s;

describe('firstStartingAt', () => {
  const items = [0, 3, 3, 7, 12].map((start) => ({ start, end: start + 2 }));
  it('finds the first item starting at or after a position', () => {
    expect(firstStartingAt(items, 3, (i) => i.start)).toBe(1);
    expect(firstStartingAt(items, 4, (i) => i.start)).toBe(3);
    expect(firstStartingAt(items, -1, (i) => i.start)).toBe(0);
    expect(firstStartingAt(items, 13, (i) => i.start)).toBe(5);
    expect(firstStartingAt([], 0, (i: number) => i)).toBe(0);
  });
});

describe('spansWithin', () => {
  it('gives what a scan of every item gives, in order', () => {
    // spans of mixed lengths, some nested, some running past the window: a seeded walk, no randomness
    let x = 7;
    const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) % 50;
    const items = Array.from({ length: 300 }, () => {
      const start = next() * 4;
      return { start, end: start + next() };
    }).sort((a, b) => a.start - b.start);
    for (const [start, end] of [[0, 10], [20, 80], [35, 36], [100, 400], [199, 199], [0, 1000]] as const) {
      expect(spansWithin(items, start, end, span)).toEqual(items.filter((s) => s.start >= start && s.end <= end));
    }
  });

  it('leaves out a span that starts inside but ends beyond the window', () => {
    expect(spansWithin([{ start: 2, end: 4 }, { start: 5, end: 9 }], 0, 8, span)).toEqual([{ start: 2, end: 4 }]);
  });
});
