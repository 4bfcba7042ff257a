/**
 * End to end: the built bin, spawned as a user would run it. Skipped (with the reason in the test
 * name) when dist/ has not been built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportDocument } from '../../src/output/schema.js';
import { corpusFile, repoRoot } from '../parse/helpers.js';

const cli = join(repoRoot, 'dist', 'cli.js');
const built = existsSync(cli);
const reason = built ? '' : ' (skipped: dist/cli.js is missing — run `npm run build`)';

const runCli = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('node dist/cli.js', () => {
  it.skipIf(!built)(`parse corpus/000_….txt prints a single valid JSON document${reason}`, () => {
    const file = relative(repoRoot, corpusFile('000'));
    const result = runCli('parse', file);
    expect(result.error).toBeUndefined();
    expect(result.signal).toBeNull();
    expect(result.status, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as unknown;
    expect(Array.isArray(doc)).toBe(false);
    const parsed = ReportDocument.safeParse(doc);
    expect(parsed.success).toBe(true);
    expect(doc).toMatchObject({ file, kind: 'summary+plan', year: 2021 });
  });

  it.skipIf(!built)(`--dict /no/such/file exits 2 with a message instead of aborting${reason}`, () => {
    const result = runCli('parse', '--dict', '/no/such/file', relative(repoRoot, corpusFile('000')));
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('/no/such/file');
  });

  it.skipIf(!built)(`a reader that closes the pipe early ends it quietly, with SIGPIPE's status 141${reason}`, () => {
    const file = relative(repoRoot, corpusFile('000'));
    // `head -c 100`: a shell pipeline whose reader stops after 100 bytes
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" parse "${file}" "${file}" "${file}" | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js/);
    expect(result.stderr).toMatch(/status (141|0)\b/);
  });

  it.skipIf(!built || !existsSync('/dev/full'))(`stdout on a full disk (/dev/full) is one message and status 74${reason}`, () => {
    const file = relative(repoRoot, corpusFile('000'));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" parse "${file}" > /dev/full`], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.status).toBe(74);
    expect(result.stderr).toContain('baogao: cannot write to stdout: ENOSPC');
    expect(result.stderr).not.toMatch(/Unhandled|at .*\.js/);
  });
});
