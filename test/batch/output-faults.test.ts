/**
 * Faults in writing the output (issue 12, deliverable 5): a full disk or an unwritable path gives
 * one clear message and exit status 74, and the output keeps whole lines only.
 *
 * A full disk is simulated with a file-size limit (`ulimit -f`): the kernel then ends a write
 * part-way with EFBIG, as it does with ENOSPC on a full disk (Node ignores SIGXFSZ), so a line
 * really is cut in the middle, not merely refused.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, counts, notBuilt, readLines, root, runCli, runCommand, type Run } from './helpers.js';

/** `node dist/cli.js ...args` with files limited to `kb` KiB (bash's `ulimit -f` counts KiB). */
function runLimited(kb: number, args: string[]): Promise<Run> {
  return runCommand('bash', ['-c', `ulimit -f ${kb} && exec "$0" "$@"`, process.execPath, cli, ...args]);
}

const complaints = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('baogao: batch: cannot'));

describe.skipIf(notBuilt)('baogao batch: output faults', () => {
  let temp: string;
  let reports: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'baogao-faults-'));
    reports = join(temp, 'reports');
    // The bundled corpus: five reports whose JSON lines are 6 to 33 KB.
    cpSync(join(root, 'corpus'), reports, { recursive: true });
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('a write cut short (disk full) leaves whole lines, one message, status 74; --resume then completes', async () => {
    const out = join(temp, 'limited.jsonl');
    // 40 KiB: room for one or two lines of the five, never all (about 70 KB).
    const run = await runLimited(40, ['batch', reports, '--out', out, '--jobs', '1']);
    expect(run.code).toBe(74);
    expect(run.stdout).toBe('');
    expect(complaints(run.stderr)).toEqual([expect.stringContaining(`cannot write to ${out}: EFBIG`)]);
    expect(run.stderr).toContain('--resume');
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    const kept = readLines(out); // throws on a cut line; the file ends with a newline
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(5);

    const resumed = await runCli(['batch', reports, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    const lines = readLines(out);
    expect(lines).toHaveLength(5);
    expect([...counts(lines).values()].every((n) => n === 1)).toBe(true);
  }, 60_000);

  it.skipIf(!existsSync('/dev/full'))('an output on a full device (/dev/full) gives one message and status 74', async () => {
    const run = await runCli(['batch', reports, '--out', '/dev/full', '--jobs', '1']);
    expect(run.code).toBe(74);
    expect(complaints(run.stderr)).toEqual([expect.stringContaining('cannot write to /dev/full: ENOSPC')]);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  }, 60_000);

  it('an --out that cannot be created fails at once, naming it, before any parsing', async () => {
    const file = join(temp, 'a-file');
    writeFileSync(file, 'not a folder');
    const run = await runCli(['batch', reports, '--out', join(file, 'out.jsonl')]);
    expect(run.code).toBe(74);
    expect(complaints(run.stderr)).toEqual([expect.stringContaining(`cannot create the folder ${file}`)]);
    expect(run.stderr).toContain('Nothing was parsed');
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('tables cut short leave no temporary files, keep the JSONL whole, and say so', async () => {
    const out = join(temp, 'whole.jsonl');
    expect((await runCli(['batch', reports, '--out', out])).code).toBe(0);
    const size = statSync(out).size;
    const tables = join(temp, 'tables');
    // 4 KiB: smaller than the tables of five reports. Every file is skipped, so only the tables write.
    const run = await runLimited(4, ['batch', reports, '--out', out, '--resume', '--tables', tables]);
    expect(run.code).toBe(74);
    expect(complaints(run.stderr)).toEqual([expect.stringContaining(`cannot write the tables in ${tables}: EFBIG`)]);
    expect(run.stderr).toContain('The JSONL output is complete');
    expect(statSync(out).size).toBe(size);
    expect(readdirSync(tables)).toEqual([]);
  }, 60_000);
});
