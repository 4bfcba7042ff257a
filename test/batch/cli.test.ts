import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportDocument } from '../../src/output/schema.js';
import { counts, notBuilt, readLines, root, runCli } from './helpers.js';

const fixtures = join(root, 'test/fixtures/batch/archive');

describe.skipIf(notBuilt)('baogao batch', () => {
  let temp: string;
  let archive: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'baogao-batch-'));
    archive = join(temp, 'archive');
    cpSync(fixtures, archive, { recursive: true });
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('prints its help', async () => {
    const run = await runCli(['batch', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: baogao batch DIR|FILE|GLOB... --out results.jsonl');
    expect(run.stdout).toContain('--resume');
    expect((await runCli(['--help'])).stdout).toMatch(/^\s+batch\s+parse a whole archive/m);
  });

  it('parses a folder: a binary and an empty file are error lines, the rest are documents, each once', async () => {
    const out = join(temp, 'all.jsonl');
    const run = await runCli(['batch', archive, '--out', out, '--jobs', '2']);
    expect(run.code).toBe(1); // some files failed
    expect(run.stdout).toBe('');
    const lines = readLines(out);
    const byName = new Map(lines.map((l) => [l.file.slice(archive.length + 1), l]));
    expect([...byName.keys()].sort()).toEqual(['2023/gbk.txt', '2024/plans/points.md', '2024/report.docx', '2024/summary.txt', 'notes/binary.txt', 'notes/empty.txt']);
    expect([...counts(lines).values()].every((n) => n === 1)).toBe(true);
    expect(byName.get('notes/binary.txt')!.error!.code).toBe('BINARY');
    expect(byName.get('notes/empty.txt')!.error!.code).toBe('EMPTY');
    for (const name of ['2023/gbk.txt', '2024/plans/points.md', '2024/report.docx', '2024/summary.txt']) {
      const line = byName.get(name)!;
      expect(line.error).toBeUndefined();
      expect(line.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(ReportDocument.safeParse(line.document).success).toBe(true);
      expect(line.document!.file).toBe(line.file);
    }
    expect(byName.get('2023/gbk.txt')!.document).toMatchObject({ encoding: 'gb18030' });
    expect(byName.get('2024/report.docx')!.document).toMatchObject({ format: 'docx' });
    // The empty file still has a hash (of no bytes): a later --resume need not read it again.
    expect(byName.get('notes/empty.txt')!.hash).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(run.stderr).toContain('binary.txt');
    expect(run.stderr).toMatch(/baogao batch: 4 documents, 2 errors in [\d.]+ s/);
  });

  it('takes files and quoted globs, and refuses to overwrite an output without --resume', async () => {
    const out = join(temp, 'glob.jsonl');
    const run = await runCli(['batch', `${archive}/**/*.md`, join(archive, '2024/summary.txt'), '--out', out, '--jobs', '1']);
    expect(run.code).toBe(0);
    expect(readLines(out).map((l) => l.file.slice(archive.length + 1)).sort()).toEqual(['2024/plans/points.md', '2024/summary.txt']);
    const again = await runCli(['batch', archive, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; add --resume');
    expect(readLines(out)).toHaveLength(2);
  });

  it('rejects bad options', async () => {
    expect((await runCli(['batch', archive])).stderr).toContain('--out FILE is required');
    expect((await runCli(['batch', archive, '--out', join(temp, 'x.jsonl'), '--jobs', '0'])).code).toBe(2);
    const timeout = await runCli(['batch', archive, '--out', join(temp, 'x.jsonl'), '--timeout', 'soon']);
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toContain('--timeout wants a number of seconds');
    const dict = await runCli(['batch', archive, '--out', join(temp, 'y.jsonl'), '--dict', join(temp, 'missing.dict')]);
    expect(dict.code).toBe(2);
    expect(dict.stderr).toContain('dictionary not found');
    expect(existsSync(join(temp, 'y.jsonl'))).toBe(false);
  });

  it('a folder with no report files is an error that says so, not a silent success', async () => {
    const empty = join(temp, 'empty-folder');
    mkdirSync(empty);
    writeFileSync(join(empty, 'data.json'), '{}');
    const out = join(temp, 'empty.jsonl');
    const run = await runCli(['batch', empty, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no report files \(.*\.txt.*\) found in .*empty-folder/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('--jobs beyond the cores is capped, with a note, and the run completes', async () => {
    const out = join(temp, 'many-jobs.jsonl');
    const run = await runCli(['batch', join(archive, '2024/summary.txt'), '--out', out, '--jobs', '999']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/--jobs 999 is more than this machine's \d+ cores; using \d+/);
    expect(readLines(out).map((l) => l.file)).toEqual([join(archive, '2024/summary.txt')]);
  }, 60_000);

  it('--resume skips unchanged files, parses a changed one again and keeps every file once', async () => {
    const dir = join(temp, 'resume');
    cpSync(join(archive, '2024'), dir, { recursive: true });
    const out = join(temp, 'resume.jsonl');
    expect((await runCli(['batch', dir, '--out', out])).code).toBe(0);
    const first = readLines(out);
    expect(first).toHaveLength(3);

    const unchanged = await runCli(['batch', dir, '--out', out, '--resume']);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stderr).toContain('0 documents, 0 errors, 3 skipped');
    expect(readLines(out)).toEqual(first);

    const summary = join(dir, 'summary.txt');
    appendFileSync(summary, '三、存在问题\n一是学习不够深入。\n');
    writeFileSync(join(dir, 'new.txt'), '一、2024年工作\n开展培训5次。\n');
    const changed = await runCli(['batch', dir, '--out', out, '--resume']);
    expect(changed.stderr).toContain('2 documents, 0 errors, 2 skipped');
    const lines = readLines(out);
    expect([...counts(lines).values()]).toEqual([1, 1, 1, 1]);
    const oldHash = first.find((l) => l.file === summary)!.hash;
    const now = lines.find((l) => l.file === summary)!;
    expect(now.hash).not.toBe(oldHash);
    expect(now.document!.sections).toHaveLength(3);
    // The lines of unchanged files are kept as they were.
    for (const line of first.filter((l) => l.file !== summary)) expect(lines).toContainEqual(line);
  });

  it('--resume drops the old error of a folder that can be read now, and says what garbage it removed', async () => {
    const dir = join(temp, 'reopened');
    cpSync(join(archive, '2024'), dir, { recursive: true });
    const out = join(temp, 'reopened.jsonl');
    // As an earlier run left it when `dir/plans` could not be read, plus two lines that are no records.
    const stale = { file: join(dir, 'plans'), error: { code: 'EACCES', message: `${join(dir, 'plans')}: permission denied` } };
    writeFileSync(out, `${JSON.stringify(stale)}\nnot json at all\n{"no":"file"}\n`);
    const run = await runCli(['batch', dir, '--out', out, '--resume']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('removed 2 lines that were not batch records');
    const lines = readLines(out);
    expect(lines.some((l) => l.file === join(dir, 'plans'))).toBe(false);
    expect(lines.some((l) => l.file === join(dir, 'plans/points.md') && l.document)).toBe(true);
    expect(lines.every((l) => !l.error)).toBe(true);
  }, 60_000);

  it('--resume cuts a cut-off last line and parses that file again', async () => {
    const dir = join(temp, 'repair');
    cpSync(join(archive, '2024'), dir, { recursive: true });
    const out = join(temp, 'repair.jsonl');
    await runCli(['batch', dir, '--out', out, '--jobs', '1']);
    const whole = readFileSync(out, 'utf8');
    const lastStart = whole.lastIndexOf('\n', whole.length - 2) + 1;
    const lost = readLines(out).at(-1)!.file;
    // As a kill in the middle of a write would leave it: half of the last line, no newline.
    truncateSync(out, lastStart + Math.floor((whole.length - lastStart) / 2));
    expect(() => readLines(out)).toThrow();

    const run = await runCli(['batch', dir, '--out', out, '--resume']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('removed a cut-off last line');
    expect(run.stderr).toContain('1 document, 0 errors, 2 skipped');
    const lines = readLines(out);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)!.file).toBe(lost);
    expect([...counts(lines).values()]).toEqual([1, 1, 1]);
  });

  it('--tables writes the four CSV tables for every line of the output', async () => {
    const out = join(temp, 'tables.jsonl');
    const tables = join(temp, 'tables');
    await runCli(['batch', archive, '--out', out, '--tables', tables]);
    expect(readdirSync(tables).sort()).toEqual(['documents.csv', 'metrics.csv', 'plan-items.csv', 'sections.csv']);
    const csv = (name: string) => readFileSync(join(tables, name), 'utf8').replace(/^\ufeff/, '').trim().split('\n');
    const documents = csv('documents.csv');
    expect(documents[0]).toBe('file,hash,status,errorCode,errorMessage,encoding,format,length,kind,year,title,sections,metrics,planItems,warnings');
    expect(documents).toHaveLength(1 + 6);
    expect(documents.filter((r) => r.includes(',error,'))).toHaveLength(2);
    const sections = csv('sections.csv');
    expect(sections[0]).toBe('file,index,depth,path,level,marker,ordinal,title,role,start,end,titleStart,titleEnd');
    const summaryRows = sections.filter((r) => r.includes('summary.txt'));
    expect(summaryRows.some((r) => /,1,1,2024年主要工作,1,一、,1,/.test(r))).toBe(true);
    expect(csv('metrics.csv')[0]).toBe('file,quantity,value,valueMax,unit,approx,masked,action,object,start,end,sentenceStart,sentenceEnd,section');
    expect(csv('plan-items.csv')[0]).toBe('file,marker,level,title,year,start,end,bodyStart,bodyEnd,section');
    expect(statSync(join(tables, 'plan-items.csv')).size).toBeGreaterThan(0);
  });

  it(
    'a run killed with SIGKILL and resumed ends with every document exactly once',
    async () => {
      const dir = join(temp, 'kill');
      // ~200 reports of realistic length, so the run is still going when it is killed.
      const corpus = readdirSync(join(root, 'corpus')).map((f) => readFileSync(join(root, 'corpus', f), 'utf8'));
      for (let i = 0; i < 200; i++) {
        const sub = join(dir, `d${i % 7}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `r${String(i).padStart(3, '0')}.txt`), `第${i}号\n${corpus[i % corpus.length]}`);
      }
      const out = join(temp, 'kill.jsonl');
      const killed = await runCli(['batch', dir, '--out', out, '--jobs', '2'], (child) => {
        const poll = setInterval(() => {
          const size = existsSync(out) ? statSync(out).size : 0;
          // A few lines in (documents are several kB each): kill it mid-run, without warning.
          if (size > 20_000) {
            clearInterval(poll);
            child.kill('SIGKILL');
          }
        }, 2);
        child.on('close', () => clearInterval(poll));
      });
      expect(killed.signal).toBe('SIGKILL');
      const partial = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(200);

      const resumed = await runCli(['batch', dir, '--out', out, '--jobs', '2', '--resume']);
      expect(resumed.code).toBe(0);
      const lines = readLines(out); // every line parses, the file ends with a newline
      expect(lines).toHaveLength(200);
      expect(new Set(lines.map((l) => l.file)).size).toBe(200);
      expect(lines.every((l) => l.document && !l.error)).toBe(true);
    },
    120_000,
  );
});
