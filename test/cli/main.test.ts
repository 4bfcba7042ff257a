/**
 * The `baogao` command, run in-process through `main(argv, io)` with an in-memory io: stdout holds
 * only data (one JSON document, a JSON array, or JSON Lines); everything else goes to stderr.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorRecord, ReportDocument } from '../../src/output/schema.js';
import { corpusFile, repoRoot, reportPath } from '../parse/helpers.js';
import { run } from './run.js';

/** The lines of JSON Lines output, each parsed; fails if a line is not JSON. */
const jsonLines = (out: string) => {
  expect(out.endsWith('\n')).toBe(true);
  return out
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};

const summaryPlan = reportPath('summary-plan.txt');
const planDocument = reportPath('plan-document.txt');
const numberingProblems = reportPath('numbering-problems.txt');
const binary = join(repoRoot, 'test', 'fixtures', 'io', 'image.png');
const scratch = mkdtempSync(join(tmpdir(), 'baogao-cli-'));
const missing = join(scratch, 'no-such-report.txt');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('baogao parse FILE', () => {
  it('prints one JSON document on stdout and nothing else', async () => {
    const { code, out } = await run('parse', summaryPlan);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as unknown; // the whole of stdout is one JSON value
    expect(Array.isArray(doc)).toBe(false);
    expect(ReportDocument.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ file: summaryPlan, kind: 'summary+plan', year: 2021, format: 'text', encoding: 'utf-8' });
  });

  it('the document carries sections, plan items and offsets of the file', async () => {
    const { out } = await run('parse', summaryPlan);
    const doc = ReportDocument.parse(JSON.parse(out));
    expect(doc.sections.map((s) => s.title)).toEqual(['主要工作成效', '存在的主要问题', '下一步工作计划']);
    expect(doc.planItems.map((p) => p.title)).toEqual(['持续深化理论武装', '着力提升支部组织力', '驰而不息正风肃纪']);
  });

  it('--format jsonl with one file prints one line', async () => {
    const { code, out } = await run('parse', '--format', 'jsonl', planDocument);
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ file: planDocument, kind: 'plan', year: 2023 });
  });
});

describe('baogao parse FILE FILE …', () => {
  it('prints JSON Lines by default, one document per file in argument order', async () => {
    const { code, out } = await run('parse', summaryPlan, planDocument, corpusFile('003'));
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.file)).toEqual([summaryPlan, planDocument, corpusFile('003')]);
    expect(lines.map((l) => l.kind)).toEqual(['summary+plan', 'plan', 'half-year']);
    for (const line of lines) expect(ReportDocument.safeParse(line).success).toBe(true);
  });

  it('--format json prints one array', async () => {
    const { code, out } = await run('parse', '--format', 'json', summaryPlan, planDocument);
    expect(code).toBe(0);
    const docs = JSON.parse(out) as unknown[];
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.map((d) => (d as { file: string }).file)).toEqual([summaryPlan, planDocument]);
  });
});

describe('files that cannot be read', () => {
  it('a missing and a binary file become error records; the other files still come out; exit 1', async () => {
    const { code, out, err } = await run('parse', summaryPlan, missing, binary, planDocument);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ file: summaryPlan, kind: 'summary+plan' });
    expect(lines[1]).toMatchObject({ file: missing, error: { code: 'ENOENT' } });
    expect(lines[2]).toMatchObject({ file: binary, error: { code: 'BINARY' } });
    expect(lines[3]).toMatchObject({ file: planDocument, kind: 'plan' });
    expect(ErrorRecord.safeParse(lines[1]).success).toBe(true);
    expect(ErrorRecord.safeParse(lines[2]).success).toBe(true);
    expect((lines[1]!.error as { message: string }).message).toContain(missing);
    // stderr names each file that failed.
    expect(err).toContain(missing);
    expect(err).toContain(binary);
  });

  it('a single missing file: exit 1, the file named on stderr, no document on stdout', async () => {
    const { code, out, err } = await run('parse', missing);
    expect(code).toBe(1);
    expect(err).toContain(missing);
    expect(out).not.toContain('"kind"');
  });
});

describe('diagnostics on stderr', () => {
  it('a rule firing on every line is listed 20 times per file, then counted', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'baogao-diag-')), 'many.txt');
    // every other heading skips a number: one skipped-number warning each
    writeFileSync(file, Array.from({ length: 400 }, (_, i) => `${2 * i + 1}. 第${i}项。`).join('\n'));
    const { code, out, err } = await run('parse', file);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { diagnostics: Array<{ ruleId: string }> };
    const warnings = doc.diagnostics.filter((d) => d.ruleId === 'skipped-number').length;
    expect(warnings).toBeGreaterThan(100);
    expect(err.split('\n').filter((l) => l.includes('[skipped-number]') && l.includes('warning'))).toHaveLength(20);
    expect(err).toContain(`${warnings - 20} more [skipped-number] messages not listed`);
  });
});

describe('usage errors', () => {
  it('--dict /no/such/file exits 2 with a clear message, and the process goes on working', async () => {
    const { code, out, err } = await run('parse', '--dict', '/no/such/file', summaryPlan);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('/no/such/file');
    expect(err).toMatch(/dictionar/i);
    // Still alive: nodejieba did not abort the process, and the next run works.
    const again = await run('parse', summaryPlan);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ kind: 'summary+plan' });
  });

  it('no command at all exits 2 with the usage on stderr, stdout left empty', async () => {
    const { code, out, err } = await run();
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^Usage: baogao <command>/);
  });

  it('an unknown command exits 2 and says which', async () => {
    const { code, out, err } = await run('frobnicate', summaryPlan);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('unknown command "frobnicate"');
  });

  it('parse without a FILE exits 2', async () => {
    const { code, out, err } = await run('parse');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/no FILE/);
  });

  it('an unknown --format exits 2', async () => {
    const { code, out, err } = await run('parse', '--format', 'xml', summaryPlan);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('xml');
  });

  it('an unknown option exits 2 instead of crashing', async () => {
    const { code, out } = await run('parse', '--frobnicate', summaryPlan);
    expect(code).toBe(2);
    expect(out).toBe('');
  });
});

describe('help', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, out, err } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: baogao <command>/);
    expect(out).toContain('parse');
    expect(err).toBe('');
  });

  it('--version prints the package version on stdout and exits 0', async () => {
    const { code, out, err } = await run('--version');
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    expect(err).toBe('');
  });

  it('parse --help lists the options and exits 0', async () => {
    const { code, out, err } = await run('parse', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: baogao parse FILE/);
    expect(out).toContain('--format');
    expect(out).toContain('--dict');
    expect(err).toBe('');
  });
});

describe('diagnostics go to stderr, never stdout', () => {
  it('numbering problems and the missing year are stderr lines with file:line:column', async () => {
    const { code, out, err } = await run('parse', numberingProblems);
    expect(code).toBe(0);
    expect(err).toContain(`${numberingProblems}:2:85: warning`);
    expect(err).toContain('[repeated-number]');
    expect(err).toContain(`${numberingProblems}:3:1: warning`);
    expect(err).toContain('[mixed-brackets]');
    expect(err).toContain('[skipped-number]');
    expect(err).toContain('[no-year]');
    // stdout is still exactly one JSON document; the diagnostics are data inside it, not loose lines.
    const doc = ReportDocument.parse(JSON.parse(out));
    const warnings = doc.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => d.ruleId)).toEqual(['repeated-number', 'mixed-brackets', 'skipped-number', 'no-year']);
    expect(warnings[0]).toMatchObject({ line: 2, column: 85 });
    expect(out).not.toMatch(/^\S+:\d+:\d+: warning/m);
  });

  it('in JSON Lines every stdout line is JSON even when files have diagnostics', async () => {
    const { out, err } = await run('parse', numberingProblems, summaryPlan);
    expect(jsonLines(out)).toHaveLength(2);
    expect(err).toContain('[repeated-number]');
  });

  it('a file without problems writes nothing on stderr', async () => {
    const { err } = await run('parse', planDocument);
    expect(err).toBe('');
  });
});
