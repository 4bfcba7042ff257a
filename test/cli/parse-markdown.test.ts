/** `baogao parse --format md`: a report as Markdown, metrics with action and object in their own columns. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'baogao-md-'));
const file = join(dir, 'report.txt');
writeFileSync(file, '某局2023年党建工作总结\n一、主要工作\n全年召开党委会12次，举办专题读书班2期。\n二、2024年工作打算\n（一）全年至少讲党课6次。\n');

/** Cells of the GFM table rows that follow the header line starting with `| action`. */
function metricRows(md: string): string[][] {
  const lines = md.split('\n');
  const head = lines.findIndex((l) => l.startsWith('| action'));
  const rows: string[][] = [];
  for (let i = head + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(lines[i]!.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

describe('baogao parse --format md', () => {
  it('puts action and object first in the metrics table, one row per metric', async () => {
    const { code, out, err } = await run('parse', '--format', 'md', file);
    expect(code).toBe(0);
    expect(err).not.toContain('|');
    expect(out).toMatch(/\*\*year\*\* 2023/);
    const header = out.split('\n').find((l) => l.startsWith('| action'))!;
    expect(header.split('|').slice(1, 3).map((c) => c.trim())).toEqual(['action', 'object']);
    const rows = metricRows(out);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['召开', '党委会', '12次'],
      ['举办', '专题读书班', '2期'],
      ['讲', '党课', '6次'],
    ]);
  });

  it('lists plan items with their targets', async () => {
    const { out } = await run('parse', '--format', 'md', file);
    expect(out).toContain('## ');
    expect(out).toMatch(/Plan items \(1\)/);
    expect(out).toMatch(/\| （一）\s*\|.*\| 2024\s*\|.*讲 党课 6次/);
  });

  it('rejects an unknown format by name', async () => {
    const { code, out, err } = await run('parse', '--format', 'xml', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/unknown --format xml \(json, jsonl, csv or md\)/);
  });
});
