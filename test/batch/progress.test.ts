import { describe, expect, it } from 'vitest';
import { formatDuration, Progress } from '../../src/batch/progress.js';

function fake(tty: boolean) {
  let now = 0;
  const chunks: string[] = [];
  const progress = new Progress({ write: (c) => chunks.push(c), tty, columns: 100, now: () => now });
  return { progress, chunks, advance: (ms: number) => (now += ms) };
}

describe('Progress', () => {
  it('draws a one-line bar on a terminal: done/total, docs/s, ETA, errors', () => {
    const { progress, chunks, advance } = fake(true);
    progress.start(10);
    advance(2000);
    progress.tick(false);
    progress.tick(true);
    advance(200);
    progress.tick(false);
    const last = chunks.at(-1)!;
    expect(last.startsWith('\r[')).toBe(true);
    expect(last).not.toContain('\n');
    expect(last).toContain(' 3/10 30% · 1.4 docs/s · ETA 0:05 · 1 error');
  });

  it('redraws at most ten times a second', () => {
    const { progress, chunks, advance } = fake(true);
    progress.start(1000);
    const before = chunks.length;
    for (let i = 0; i < 100; i++) {
      advance(5); // 100 records in half a second
      progress.tick(false);
    }
    expect(chunks.length - before).toBeLessThanOrEqual(6);
  });

  it('keeps error messages above the bar', () => {
    const { progress, chunks } = fake(true);
    progress.start(2);
    progress.log('baogao: a.txt: file is empty');
    expect(chunks.slice(-3)).toEqual(['\r\x1b[K', 'baogao: a.txt: file is empty\n', expect.stringMatching(/^\r\[/)]);
  });

  it('elsewhere writes no bar, only messages and the summary', () => {
    const { progress, chunks } = fake(false);
    progress.start(2);
    progress.tick(false);
    progress.log('baogao: b.txt: not a text file');
    progress.tick(true);
    progress.finish('baogao batch: 1 document, 1 error');
    expect(chunks).toEqual(['baogao: b.txt: not a text file\n', 'baogao batch: 1 document, 1 error\n']);
  });

  it('formats durations', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(125)).toBe('2:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
