/**
 * One report from the shell should not pay for what it does not use (issue 13): `--help` and
 * usage errors load neither the analysis nor jieba; a JSON parse loads no Markdown or CSV writer,
 * and no comparison code. The built CLI runs with a module trace (fixtures/cli/module-trace.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile, repoRoot } from '../parse/helpers.js';

const cli = `${repoRoot}/dist/cli.js`;
const trace = `${repoRoot}/test/fixtures/cli/module-trace.mjs`;
const built = existsSync(cli);

function modulesOf(...args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', trace, cli, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = result.stderr.split('\n').find((l) => l.startsWith('MODULES '));
  if (!line) throw new Error(`no module trace in stderr:\n${result.stderr}`);
  return JSON.parse(line.slice('MODULES '.length)) as string[];
}

const has = (modules: string[], pattern: RegExp) => modules.some((m) => pattern.test(m));
const JIEBA = /node_modules\/nodejieba\/|jieba_shared\.node|@node-rs\/jieba/;
const ANALYSIS = /\/dist\/analyze\.js$/;

describe.skipIf(!built)('what a command loads', () => {
  const report = relative(repoRoot, corpusFile('000'));

  it('a parse loads the analysis and jieba (the trace sees them)', () => {
    const modules = modulesOf('parse', '--format', 'json', report);
    expect(has(modules, ANALYSIS)).toBe(true);
    expect(has(modules, JIEBA)).toBe(true);
    // JSON needs no Markdown or CSV writer, and a parse no comparison
    expect(has(modules, /remark-stringify|mdast-util-to-markdown|csv-stringify/)).toBe(false);
    expect(has(modules, /\/dist\/compare\//)).toBe(false);
  });

  for (const args of [['--help'], ['parse', '--help'], ['compare', '--help'], ['trend', '--help'], ['batch', '--help'], ['lint', '--help'], ['parse'], ['compare', 'one.txt'], ['parse', '--format', 'xml', report]]) {
    it(`baogao ${args.join(' ')} loads neither the analysis nor jieba`, () => {
      const modules = modulesOf(...args);
      expect(modules.length).toBeGreaterThan(0);
      expect(has(modules, ANALYSIS)).toBe(false);
      expect(has(modules, JIEBA)).toBe(false);
    });
  }
});
