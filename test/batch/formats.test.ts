import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notBuilt, root, runCli } from './helpers.js';

type BatchModule = typeof import('../../src/batch/index.js');
const load = () => import(join(root, 'dist/batch/index.js')) as Promise<BatchModule>;

const formats = join(root, 'test/fixtures/formats');
const temp = mkdtempSync(join(tmpdir(), 'baogao-batch-formats-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(notBuilt)('batch over .pdf, .html and .doc files', () => {
  it('walks them and reads each in its worker, with the PDF’s pages; errors are records', async () => {
    const dir = join(temp, 'archive');
    mkdirSync(dir);
    for (const name of ['report.txt', 'report.pdf', 'report.html', 'report.doc', 'encrypted.pdf', 'scanned.pdf', 'looped.doc']) {
      cpSync(join(formats, name), join(dir, name));
    }
    const { batch, isErrorRecord } = await load();
    const records = [];
    for await (const record of batch([dir], { jobs: 2 })) records.push(record);
    const byName = new Map(records.map((r) => [r.file.slice(dir.length + 1), r]));
    expect([...byName.keys()].sort()).toEqual(['encrypted.pdf', 'looped.doc', 'report.doc', 'report.html', 'report.pdf', 'report.txt', 'scanned.pdf']);
    const codes = Object.fromEntries(records.filter(isErrorRecord).map((r) => [r.file.slice(dir.length + 1), r.error.code]));
    expect(codes).toEqual({ 'encrypted.pdf': 'ENCRYPTED', 'scanned.pdf': 'SCANNED', 'looped.doc': 'DOC' });
    const metrics = (name: string) => {
      const record = byName.get(name)!;
      if (isErrorRecord(record)) throw new Error(record.error.message);
      return record.document.metrics;
    };
    for (const name of ['report.pdf', 'report.html', 'report.doc']) {
      expect(metrics(name).map((m) => m.quantity)).toEqual(metrics('report.txt').map((m) => m.quantity));
    }
    expect(new Set(metrics('report.pdf').map((m) => m.page))).toEqual(new Set([1, 2]));
    for (const record of records) expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('parse prints only data on stdout for a PDF, and PDF.js says nothing', async () => {
    const run = await runCli(['parse', join(formats, 'report.pdf')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).format).toBe('pdf');
    expect(run.stderr).not.toMatch(/warning|info:/i);
  });
});
