/** `baogao compare` and `baogao trend` through `main(argv, io)`: data on stdout, messages on stderr. */
import { describe, expect, it } from 'vitest';
import { Comparison, Trend } from '../../src/output/schema.js';
import { run } from './run.js';

const plan = 'test/fixtures/compare/gov-2022.txt';
const report = 'test/fixtures/compare/gov-2023.txt';

describe('baogao compare and trend: docx and xlsx', () => {
  it('write the Word 对照表 and the workbooks to --out, and refuse without --out', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'baogao-docx-'));
    try {
      const out = join(dir, '对照表.docx');
      const written = await run('compare', plan, report, '--format', 'docx', '--out', out);
      expect(written.code).toBe(0);
      expect(written.out).toBe('');
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK'); // a zip, as every .docx
      const refused = await run('compare', plan, report, '--format', 'docx');
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('--out');
      for (const command of [['compare', plan, report], ['trend', plan, report]]) {
        const xlsx = join(dir, `${command[0]}.xlsx`);
        expect((await run(...command, '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
        expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
        expect((await run(...command, '--format', 'xlsx')).code).toBe(2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('baogao compare', () => {
  it('prints a Comparison as JSON by default', async () => {
    const { code, out } = await run('compare', plan, report);
    expect(code).toBe(0);
    const result = Comparison.parse(JSON.parse(out));
    expect(result.targets.some((t) => t.met === false)).toBe(true);
  });

  it('renders Markdown with the item and target tables', async () => {
    const { code, out } = await run('compare', plan, report, '--format', 'md');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Plan /);
    expect(out).toContain('## Plan items');
    expect(out).toContain('## Numeric targets');
    expect(out).toMatch(/国内生产总值增长5\.5%左右.*not met/);
  });

  it('writes CSV rows for items and targets', async () => {
    const { out } = await run('compare', plan, report, '--format', 'csv');
    const lines = out.trim().split(/\r?\n/);
    expect(lines[0]).toBe('row,plan_start,plan_end,plan_text,status,score_or_polarity,report_start,report_end,report_text,actual_value');
    expect(lines.filter((l) => l.startsWith('target,')).length).toBeGreaterThanOrEqual(4);
  });

  it('needs exactly two files', async () => {
    const { code, out, err } = await run('compare', plan);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/exactly two files/);
  });

  it('names a file it cannot read and exits 1', async () => {
    const { code, out, err } = await run('compare', plan, 'no/such/report.txt');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('no/such/report.txt');
  });

  it('rejects an unknown format', async () => {
    const { code, err } = await run('compare', plan, report, '--format', 'xml');
    expect(code).toBe(2);
    expect(err).toMatch(/unknown --format xml/);
  });
});

describe('baogao trend', () => {
  it('prints a Trend with the reports in year order', async () => {
    const { code, out } = await run('trend', 'test/fixtures/compare/org-2022.txt', 'test/fixtures/compare/org-2021.txt');
    expect(code).toBe(0);
    const result = Trend.parse(JSON.parse(out));
    expect(result.documents.map((d) => d.year)).toEqual([2021, 2022]);
  });

  it('leaves out an unreadable file, says so on stderr, and exits 1', async () => {
    const { code, out, err } = await run('trend', 'test/fixtures/compare/org-2021.txt', 'test/fixtures/compare/org-2022.txt', 'missing.txt', '--format', 'md');
    expect(code).toBe(1);
    expect(out).toContain('# Trend across reports');
    expect(err).toContain('missing.txt');
  });

  it('needs two or more reports', async () => {
    const { code, err } = await run('trend', 'test/fixtures/compare/org-2021.txt');
    expect(code).toBe(2);
    expect(err).toMatch(/two or more/);
  });
});

describe('baogao compare warns when the comparison is doubtful', () => {
  it('files given the other way round: the plan is for a later year than the report reviews', async () => {
    const { code, out, err } = await run('compare', report, plan);
    expect(code).toBe(0);
    const result = Comparison.parse(JSON.parse(out));
    expect(result.warnings.map((w) => w.code)).toContain('order');
    expect(err).toMatch(/warning: the plan is for \d{4} but the report reviews \d{4}.*\[order\]/);
  });

  it('a REPORT that is itself a plan has no review part', async () => {
    const { out } = await run('compare', plan, 'corpus/001_1cfe0b25e4194644.txt');
    expect(Comparison.parse(JSON.parse(out)).warnings.map((w) => w.code)).toContain('no-review');
  });

  it('the right order gives no warning, and Markdown shows warnings when there are some', async () => {
    expect(Comparison.parse(JSON.parse((await run('compare', plan, report)).out)).warnings).toEqual([]);
    expect((await run('compare', report, plan, '--format', 'md')).out).toMatch(/\*\*Warning:\*\* the plan is for/);
  });
});
