import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReport, isReadError, type ReadErrorCode } from '../../src/io/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/io/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);

/** What every text fixture holds (see test/fixtures/io/make-fixtures.py). */
const TEXT = '一、2021年主要工作\n召开党委会3次，完成调研报告5篇。\n二、2022年工作打算\n';

/** The ReadError that `promise` rejects with; fails the test if it resolves or throws anything else. */
async function readError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => expect.unreachable('expected a ReadError'),
    (e: unknown) => e,
  );
  if (!isReadError(error)) throw new Error(`not a ReadError: ${String(error)}`);
  return error;
}

async function expectReadError(path: string, code: ReadErrorCode, options?: { maxBytes?: number }) {
  const error = await readError(readReport(path, options));
  expect(error.code).toBe(code);
  expect(error.file).toBe(path);
  expect(error.message.startsWith(`${path}: `)).toBe(true);
  return error;
}

describe('readReport: text encodings', () => {
  it.each([
    ['utf8.txt', 'utf-8'],
    ['utf8-bom.txt', 'utf-8-bom'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['gbk.txt', 'gb18030'],
  ])('%s decodes as %s to the same text', async (name, encoding) => {
    const path = fixture(name);
    const report = await readReport(path);
    expect(report).toEqual({ path, text: TEXT, encoding, format: 'text' });
  });

  it('strips the BOM so offsets start at the first character', async () => {
    const { text } = await readReport(fixture('utf8-bom.txt'));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.indexOf('一、2021')).toBe(0);
    expect(text.indexOf('召开党委会')).toBe(12);
  });

  it('reads .md and other extensions as text', async () => {
    const report = await readReport(fixture('report.md'));
    expect(report.format).toBe('text');
    expect(report.text).toBe(`# 工作总结\n\n${TEXT}`);
  });
});

describe('readReport: line ends are kept, offsets index the decoded text', () => {
  it('keeps CRLF', async () => {
    const { text } = await readReport(fixture('crlf.txt'));
    expect(text).toBe(TEXT.replaceAll('\n', '\r\n'));
    expect(text.indexOf('召开党委会')).toBe(13);
    expect(text.indexOf('二、2022')).toBe(32);
    expect(text.slice(13, 18)).toBe('召开党委会');
  });

  it('keeps lone CR', async () => {
    const { text } = await readReport(fixture('cr.txt'));
    expect(text).toBe(TEXT.replaceAll('\n', '\r'));
    expect(text).not.toContain('\n');
    expect(text.indexOf('召开党委会')).toBe(12);
    expect(text.indexOf('二、2022')).toBe(30);
  });
});

describe('readReport: .docx', () => {
  it('reads paragraphs as lines', async () => {
    const path = fixture('report.docx');
    const report = await readReport(path);
    expect(report).toEqual({ path, text: TEXT, encoding: 'utf-8', format: 'docx' });
    expect(report.text).not.toContain('\n\n');
  });

  it('recognises a docx by its ZIP magic when the extension is missing', async () => {
    const report = await readReport(fixture('docx-without-extension'));
    expect(report.format).toBe('docx');
    expect(report.text).toBe(TEXT);
  });

  it('reports a corrupted docx (ZIP magic, garbage after) as DOCX', async () => {
    const error = await expectReadError(fixture('corrupt.docx'), 'DOCX');
    expect(error.message).toMatch(/cannot read as \.docx \(.*zip/i);
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe('readReport: files that are not readable text', () => {
  it('refuses a binary file', async () => {
    const path = fixture('image.png');
    const error = await expectReadError(path, 'BINARY');
    expect(error.message).toMatch(new RegExp(`^${escape(path)}: not a text file \\(binary content`));
  });

  it('refuses an empty file', async () => {
    const error = await expectReadError(fixture('empty.txt'), 'EMPTY');
    expect(error.message).toContain('file is empty');
  });

  it('refuses a whitespace-only file (including U+3000)', async () => {
    const error = await expectReadError(fixture('whitespace.txt'), 'EMPTY');
    expect(error.message).toContain('only whitespace');
  });

  it('refuses UTF-8 cut in the middle of a character instead of guessing GB18030', async () => {
    const error = await expectReadError(fixture('truncated-utf8.txt'), 'DECODE');
    expect(error.message).toContain('invalid sequence at byte 45');
  });
});

describe('readReport: file system errors', () => {
  it('reports a missing file as ENOENT', async () => {
    const error = await expectReadError(fixture('missing.txt'), 'ENOENT');
    expect(error.message).toBe(`${fixture('missing.txt')}: no such file`);
  });

  it('reports a path through a file as ENOENT', async () => {
    await expectReadError(join(fixture('utf8.txt'), 'inner.txt'), 'ENOENT');
  });

  it('reports a directory as EISDIR, whatever its name', async () => {
    await expectReadError(fixture('a-directory.txt'), 'EISDIR');
  });

  it('wraps other fs failures as EIO', async () => {
    const error = await expectReadError('bad\0name.txt', 'EIO');
    expect(error.cause).toBeDefined();
  });
});

describe('readReport: maxBytes', () => {
  // utf8.txt is exactly 100 bytes.
  it('refuses a file bigger than maxBytes', async () => {
    const error = await expectReadError(fixture('utf8.txt'), 'TOO_LARGE', { maxBytes: 99 });
    expect(error.message).toContain('100 bytes');
  });

  it('accepts a file of exactly maxBytes', async () => {
    const report = await readReport(fixture('utf8.txt'), { maxBytes: 100 });
    expect(report.text).toBe(TEXT);
  });

  // A device reports size 0 and never ends: the limit must hold while reading, not only on stat.
  it.skipIf(!existsSync('/dev/zero'))('stops reading an endless file at maxBytes', async () => {
    await expectReadError('/dev/zero', 'TOO_LARGE', { maxBytes: 1000 });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
