import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { planGlob } from '../../src/batch/glob.js';
import { expandInputs } from '../../src/batch/walk.js';

const archive = fileURLToPath(new URL('../fixtures/batch/archive', import.meta.url));
const rel = (files: string[]) => files.map((f) => relative(archive, f));

describe('planGlob', () => {
  const matches = (pattern: string, path: string) => {
    const plan = planGlob(pattern);
    const inside = plan.base === '.' ? path : relative(plan.base, path);
    return plan.matches(inside);
  };

  it('walks from the segments before the first wildcard', () => {
    expect(planGlob('reports/2024/*.txt').base).toBe('reports/2024');
    expect(planGlob('**/*.md').base).toBe('.');
    expect(planGlob('/data/x/**').base).toBe('/data/x');
    expect(planGlob('*.txt').maxDepth).toBe(1);
    expect(planGlob('a/*/b?.txt').maxDepth).toBe(2);
    expect(planGlob('a/**/b.txt').maxDepth).toBe(Infinity);
  });

  it('* and ? stay within one segment', () => {
    expect(matches('r/*.txt', 'r/a.txt')).toBe(true);
    expect(matches('r/*.txt', 'r/sub/a.txt')).toBe(false);
    expect(matches('r/?.txt', 'r/a.txt')).toBe(true);
    expect(matches('r/?.txt', 'r/ab.txt')).toBe(false);
    expect(matches('r/20??/*', 'r/2024/x.md')).toBe(true);
    expect(matches('r/20??/*', 'r/204/x.md')).toBe(false);
  });

  it('** spans any number of folders, none included', () => {
    expect(matches('r/**/*.txt', 'r/a.txt')).toBe(true);
    expect(matches('r/**/*.txt', 'r/x/y/z/a.txt')).toBe(true);
    expect(matches('r/**', 'r/x/y/a.md')).toBe(true);
    expect(matches('r/**/plans/*.md', 'r/2024/plans/p.md')).toBe(true);
    expect(matches('r/**/plans/*.md', 'r/2024/other/p.md')).toBe(false);
  });

  it('treats other characters literally', () => {
    expect(matches('r/a.b(1)+[x].txt', 'r/a.b(1)+[x].txt')).toBe(true);
    expect(matches('r/*.txt', 'r/atxt')).toBe(false);
  });
});

describe('expandInputs', () => {
  const temp = mkdtempSync(join(tmpdir(), 'baogao-walk-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('walks a folder recursively for .txt, .md and .docx, sorted, skipping hidden entries', async () => {
    const { files, errors } = await expandInputs([archive]);
    expect(errors).toEqual([]);
    expect(rel(files)).toEqual([
      '2023/gbk.txt',
      '2024/plans/points.md',
      '2024/report.docx',
      '2024/summary.txt',
      'notes/binary.txt',
      'notes/empty.txt',
    ]);
  });

  it('takes a named file whatever its extension, and hands on a missing one for the reader to report', async () => {
    const png = join(archive, 'notes/image.png');
    const missing = join(archive, 'nope.txt');
    const { files, errors } = await expandInputs([png, missing]);
    expect(files).toEqual([png, missing]);
    expect(errors).toEqual([]);
  });

  it('expands globs with *, ** and ?', async () => {
    expect(rel((await expandInputs([`${archive}/**/*.md`])).files)).toEqual(['2024/plans/points.md']);
    expect(rel((await expandInputs([`${archive}/*/*.txt`])).files)).toEqual(['2023/gbk.txt', '2024/summary.txt', 'notes/binary.txt', 'notes/empty.txt']);
    expect(rel((await expandInputs([`${archive}/202?/**`])).files)).toEqual(['2023/gbk.txt', '2024/plans/points.md', '2024/report.docx', '2024/summary.txt']);
    // The extension filter applies to globs: image.png and readme.rst match * but are no reports.
    expect(rel((await expandInputs([`${archive}/notes/*`])).files)).toEqual(['notes/binary.txt', 'notes/empty.txt']);
  });

  it('reports a glob that matches nothing as an error record', async () => {
    const pattern = `${archive}/**/*.pdf.txt`;
    const { files, errors } = await expandInputs([pattern]);
    expect(files).toEqual([]);
    expect(errors).toEqual([{ file: pattern, error: { code: 'ENOENT', message: expect.stringContaining('no .txt, .md, .docx, .doc, .pdf, .html or .htm file matches') } }]);
  });

  it('lists a file once when inputs overlap', async () => {
    const summary = join(archive, '2024/summary.txt');
    const { files } = await expandInputs([summary, archive, `${archive}/2024/*.txt`]);
    expect(files.filter((f) => f.endsWith('summary.txt'))).toEqual([summary]);
    expect(files).toHaveLength(6);
  });

  it('follows symbolic links but stops at a loop', async () => {
    const root = join(temp, 'loop');
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'a/r.txt'), '一、工作\n');
    symlinkSync(root, join(root, 'a/back'));
    symlinkSync(join(root, 'a/r.txt'), join(root, 'link.txt'));
    const { files } = await expandInputs([root]);
    expect(files.map((f) => relative(root, f))).toEqual(['a/r.txt', 'link.txt']);
  });

  // root reads every folder whatever its mode, so there is nothing to test as root.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder and carries on', async () => {
    const root = join(temp, 'locked');
    mkdirSync(join(root, 'closed'), { recursive: true });
    writeFileSync(join(root, 'ok.txt'), '一、工作\n');
    const { chmodSync } = await import('node:fs');
    chmodSync(join(root, 'closed'), 0);
    const { files, errors } = await expandInputs([root]);
    chmodSync(join(root, 'closed'), 0o755);
    expect(files).toEqual([join(root, 'ok.txt')]);
    expect(errors.map((e) => e.file)).toEqual([join(root, 'closed')]);
  });
});
