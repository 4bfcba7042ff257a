/** `batch --tables FILE.xlsx`: the four tables as one workbook, the same rows as the CSV tables. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { notBuilt, root, runCli } from './helpers.js';

describe.skipIf(notBuilt)('batch --tables FILE.xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a sheet per table, header frozen and filtered, the CSV tables’ rows, numbers as numbers', async () => {
    const out = join(dir, 'corpus.jsonl');
    const run = await runCli(['batch', join(root, 'corpus'), '--out', out, '--tables', join(dir, 'tables.xlsx'), '--jobs', '1']);
    expect(run.code).toBe(0);
    const csv = await runCli(['batch', join(root, 'corpus'), '--out', out, '--resume', '--tables', join(dir, 'csv')]);
    expect(csv.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'tables.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['documents', 'sections', 'metrics', 'plan-items']);
    for (const sheet of workbook.worksheets) {
      const lines = readFileSync(join(dir, 'csv', `${sheet.name}.csv`), 'utf8').trim().split(/\r?\n/);
      expect(sheet.actualRowCount).toBe(lines.length);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const metrics = workbook.getWorksheet('metrics')!;
    const header = (metrics.getRow(1).values as unknown[]).slice(1);
    expect(typeof metrics.getRow(2).getCell(header.indexOf('start') + 1).value).toBe('number');
  }, 120_000);
});
