import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, isReportFile } from '../../src/batch/walk.js';

const dir = mkdtempSync(join(tmpdir(), 'baogao-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder’s own notes are not reports', () => {
  it('skips README.md when walking, but parses it when named', async () => {
    mkdirSync(join(dir, '2022'));
    writeFileSync(join(dir, 'README.md'), '# 说明\n');
    writeFileSync(join(dir, '2022', 'report.md'), '一、主要工作\n');
    writeFileSync(join(dir, '2022', 'readme.txt'), '说明\n');
    const walked = await expandInputs([dir]);
    expect(walked.files.map((f) => f.slice(dir.length + 1))).toEqual([join('2022', 'report.md')]);
    const named = await expandInputs([join(dir, 'README.md')]);
    expect(named.files).toEqual([join(dir, 'README.md')]);
  });

  it('tells report files by extension', () => {
    expect(isReportFile('2022年工作总结.docx')).toBe(true);
    expect(isReportFile('README.md')).toBe(false);
    expect(isReportFile('2022年工作总结.pdf')).toBe(true);
    expect(isReportFile('政府工作报告.htm')).toBe(true);
    expect(isReportFile('工作要点.DOC')).toBe(true);
    expect(isReportFile('scan.png')).toBe(false);
  });
});
