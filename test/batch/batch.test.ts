import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notBuilt, root } from './helpers.js';

// batch() runs its workers from dist/ (worker threads need compiled JavaScript), so the library
// is imported from there too, typed by the source.
type BatchModule = typeof import('../../src/batch/index.js');
const load = () => import(join(root, 'dist/batch/index.js')) as Promise<BatchModule>;

const fixtures = join(root, 'test/fixtures/batch/archive');
const crashingWorker = new URL('../fixtures/batch/crashing-worker.mjs', import.meta.url);
const greedyWorker = new URL('../fixtures/batch/greedy-worker.mjs', import.meta.url);
const threadsWorker = new URL('../fixtures/batch/threads-worker.mjs', import.meta.url);
const hangingWorker = new URL('../fixtures/batch/hanging-worker.mjs', import.meta.url);

describe.skipIf(notBuilt)('batch() (library)', () => {
  let temp: string;
  let archive: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'baogao-batch-lib-'));
    archive = join(temp, 'archive');
    cpSync(fixtures, archive, { recursive: true });
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  /** A copy of the archive's 2024 folder in `temp/name`, plus a copy of its summary as `extra`. */
  const archiveWith = (name: string, extra: string) => {
    const dir = join(temp, name);
    cpSync(join(archive, '2024'), dir, { recursive: true });
    cpSync(join(dir, 'summary.txt'), join(dir, extra));
    return dir;
  };

  it('streams one record per file, documents and errors alike', async () => {
    const { batch, isErrorRecord } = await load();
    let plan: { total: number; skipped: number } | undefined;
    const records = [];
    for await (const record of batch([archive], { jobs: 2, onStart: (p) => (plan = p) })) records.push(record);
    expect(plan).toEqual({ total: 6, skipped: 0 });
    expect(records).toHaveLength(6);
    expect(new Set(records.map((r) => r.file)).size).toBe(6);
    const errors = records.filter(isErrorRecord);
    expect(errors.map((e) => e.error.code).sort()).toEqual(['BINARY', 'EMPTY']);
    for (const r of records) if (!isErrorRecord(r)) expect(r.document.file).toBe(r.file);
  });

  it('skips files whose path and hash are given as done', async () => {
    const { batch, hashFile } = await load();
    const summary = join(archive, '2024/summary.txt');
    const gbk = join(archive, '2023/gbk.txt');
    const skip = new Map([
      [resolve(summary), hashFile(summary)],
      [resolve(gbk), 'not the hash any more'],
    ]);
    const files: string[] = [];
    for await (const record of batch([join(archive, '2024'), gbk], { skip, jobs: 1 })) files.push(record.file);
    expect(files.sort()).toEqual([gbk, join(archive, '2024/plans/points.md'), join(archive, '2024/report.docx')].sort());
  });

  it('more workers than files: the spare ones retire and the one file is parsed, every time', async () => {
    // A retired worker's queued `ready` once took the file to a dead thread: the run waited forever
    // with 0 records. The CLI starts its pool before walking the inputs, so workers come up while
    // the spare ones are retired; each round here runs at another moment of their start-up.
    const { startPool } = await load();
    const one = join(archive, '2024/summary.txt');
    for (const delay of [0, 500, 1000]) {
      const pool = startPool({ jobs: 8 });
      try {
        await new Promise((resolve) => setTimeout(resolve, delay));
        const files = [];
        for await (const record of pool.run([one])) files.push(record.file);
        expect(files).toEqual([one]);
      } finally {
        await pool.close();
      }
    }
  }, 120_000);

  it('asks for no more workers than the machine has cores, whatever `jobs` says', async () => {
    const { batch } = await load();
    const { availableParallelism } = await import('node:os');
    const threads = new Set<string>();
    for await (const record of batch([archive], { jobs: 64, workerUrl: threadsWorker })) threads.add(record.hash!);
    expect(threads.size).toBeGreaterThan(0);
    expect(threads.size).toBeLessThanOrEqual(availableParallelism());
  });

  it('a worker that dies costs only its file: an error record, and a new worker parses the rest', async () => {
    const { batch, isErrorRecord } = await load();
    const dir = archiveWith('crash', 'crash-me.txt');
    const records = [];
    for await (const record of batch([dir], { jobs: 1, workerUrl: crashingWorker })) records.push(record);
    expect(records).toHaveLength(4);
    const crashed = records.filter(isErrorRecord);
    expect(crashed).toEqual([{ file: join(dir, 'crash-me.txt'), error: { code: 'WORKER', message: expect.stringContaining('worker parsing this file died') } }]);
    expect(records.filter((r) => !isErrorRecord(r))).toHaveLength(3);
  });

  it('a file that runs past the time limit is a TIMEOUT record; the run goes on with a new worker', async () => {
    const { batch, isErrorRecord } = await load();
    const dir = archiveWith('hang', 'hang-me.txt');
    const records = [];
    for await (const record of batch([dir], { jobs: 1, workerUrl: hangingWorker, fileTimeoutMs: 3000 })) records.push(record);
    expect(records).toHaveLength(4);
    expect(records.filter(isErrorRecord)).toEqual([
      { file: join(dir, 'hang-me.txt'), error: { code: 'TIMEOUT', message: expect.stringContaining('took longer than the limit') } },
    ]);
    expect(records.filter((r) => !isErrorRecord(r))).toHaveLength(3);
  }, 60_000);

  it('a report too large for a worker’s capped heap is parsed again by a worker without the cap', async () => {
    const { batch, isErrorRecord } = await load();
    const dir = archiveWith('huge', 'huge-report.txt');
    const records = [];
    for await (const record of batch([dir], { jobs: 2, workerUrl: greedyWorker })) records.push(record);
    expect(records.filter(isErrorRecord)).toEqual([]);
    expect(records.map((r) => r.file).sort()).toEqual(
      [join(dir, 'huge-report.txt'), join(dir, 'plans/points.md'), join(dir, 'report.docx'), join(dir, 'summary.txt')].sort(),
    );
  });

  it('stops its workers when the consumer stops early', async () => {
    const { batch } = await load();
    let seen = 0;
    for await (const _ of batch([archive], { jobs: 2 })) {
      if (++seen === 1) break;
    }
    expect(seen).toBe(1);
  });

  it('fails at once on a dictionary that does not exist', async () => {
    const { batch } = await load();
    const run = async () => {
      for await (const _ of batch([archive], { dictionaries: [join(temp, 'missing.dict')] })) void _;
    };
    await expect(run()).rejects.toThrow('dictionary not found');
  });
});
