import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'baogao-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const clean = file('clean.txt', '一、主要工作\n全年召开党委会12次。\n');
const warned = file('warned.txt', '一、主要工作\n一是学习。二是调研。二是整改。\n');
const failing = file('failing.txt', '一、主要工作\n全年召开党委会xx次。\n');

describe('baogao lint', () => {
  it('exits 0 on a clean report, with a summary line', async () => {
    const { code, out } = await run('lint', clean);
    expect(code).toBe(0);
    expect(out).toMatch(/no issues found/);
  });

  it('by default fails on errors only; --fail-level warn fails on warnings too', async () => {
    expect((await run('lint', warned)).code).toBe(0);
    expect((await run('lint', warned, '--fail-level', 'warn')).code).toBe(1);
    expect((await run('lint', failing)).code).toBe(1);
    expect((await run('lint', failing, '--rule', 'unfilled-placeholder=warn')).code).toBe(0);
    expect((await run('lint', failing, '--rule', 'unfilled-placeholder=off', '--fail-level', 'warn')).code).toBe(0);
  });

  it('prints file:line:column, severity, message and rule id as text', async () => {
    const { out } = await run('lint', failing);
    expect(out).toContain(failing);
    expect(out).toMatch(/2:8-2:10\s+error\s+模板占位符未填写.*unfilled-placeholder/);
  });

  it('prints JSON and SARIF with offsets that slice the file', async () => {
    const json = JSON.parse((await run('lint', failing, '--format', 'json')).out) as Array<{ file: string; messages: Array<{ start: number; end: number; actual: string; ruleId: string }> }>;
    expect(json[0]!.messages[0]).toMatchObject({ ruleId: 'unfilled-placeholder', actual: 'xx' });
    const sarif = JSON.parse((await run('lint', failing, warned, '--format', 'sarif')).out);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number; charOffset: number; charLength: number } } }> }>;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([['unfilled-placeholder', 'error'], ['numbering', 'warning']]);
    expect(results[0]!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 2, charOffset: '一、主要工作\n全年召开党委会'.length, charLength: 2 });
  });

  it('refuses an unknown rule, a bad level and a bad --fail-level with exit 2', async () => {
    expect((await run('lint', clean, '--rule', 'nope=warn')).code).toBe(2);
    expect((await run('lint', clean, '--rule', 'numbering=loud')).code).toBe(2);
    expect((await run('lint', clean, '--fail-level', 'info')).code).toBe(2);
    expect((await run('lint')).code).toBe(2);
  });

  it('a file that cannot be read is named on stderr and makes the exit code 1', async () => {
    const { code, err } = await run('lint', join(dir, 'missing.txt'), clean);
    expect(code).toBe(1);
    expect(err).toContain('missing.txt');
  });
});
