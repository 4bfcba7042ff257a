import { describe, expect, it } from 'vitest';
import { decodeBytes, isReadError, type ReadErrorCode } from '../../src/io/index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<number[] | Uint8Array>) => new Uint8Array(parts.flatMap((p) => [...p]));

function expectCode(input: Uint8Array, code: ReadErrorCode, file?: string) {
  try {
    decodeBytes(input, file);
  } catch (error) {
    if (!isReadError(error)) throw error;
    expect(error.code).toBe(code);
    return error;
  }
  return expect.unreachable(`expected ${code}`);
}

describe('decodeBytes', () => {
  it('names the file given, or <bytes>', () => {
    expect(expectCode(new Uint8Array(), 'EMPTY').message).toBe('<bytes>: file is empty');
    expect(expectCode(new Uint8Array(), 'EMPTY', 'corpus/a.txt').message).toBe('corpus/a.txt: file is empty');
  });

  it('removes exactly one BOM and keeps a second U+FEFF as text', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('报告')))).toEqual({
      text: '\ufeff报告',
      encoding: 'utf-8-bom',
    });
    expect(decodeBytes(bytes([0xff, 0xfe, 0xff, 0xfe, 0x41, 0x00]))).toEqual({ text: '\ufeffA', encoding: 'utf-16le' });
  });

  it('decodes GB18030 four-byte sequences (beyond GBK)', () => {
    // U+20000 𠀀 is 95 32 82 36 in GB18030.
    expect(decodeBytes(bytes([0xb1, 0xa8, 0xb8, 0xe6, 0x95, 0x32, 0x82, 0x36]))).toEqual({
      text: '报告𠀀',
      encoding: 'gb18030',
    });
  });

  it('treats a BOM alone, or GBK ideographic spaces alone, as EMPTY', () => {
    expect(expectCode(bytes([0xef, 0xbb, 0xbf]), 'EMPTY').message).toContain('file is empty');
    expect(expectCode(bytes([0xfe, 0xff]), 'EMPTY').code).toBe('EMPTY');
    expect(expectCode(bytes([0xa1, 0xa1, 0x0d, 0x0a]), 'EMPTY').message).toContain('only whitespace');
  });

  it('allows tab, form feed, ESC and line ends, and keeps them', () => {
    const text = '第一页\f\u001b[1m标题\u001b[0m\t说明\r\n';
    expect(decodeBytes(utf8(text)).text).toBe(text);
  });

  it('tolerates a few stray control characters but not many', () => {
    const few = `${'工作报告'.repeat(20)}\u000b\u0001`;
    expect(decodeBytes(utf8(few)).text).toBe(few);
    expect(expectCode(utf8(`ab${'\u0001\u0002\u0003'.repeat(5)}`), 'BINARY').message).toContain('control characters');
  });

  it('treats NUL as binary outside UTF-16, and a NUL code unit inside it', () => {
    expect(expectCode(bytes(utf8('报告'), [0]), 'BINARY').message).toContain('NUL at offset 6');
    // UTF-16 without a BOM is not guessed: its NUL bytes make it binary.
    expect(expectCode(bytes([0x41, 0x00, 0x42, 0x00]), 'BINARY').code).toBe('BINARY');
    expect(expectCode(bytes([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]), 'BINARY').code).toBe('BINARY');
  });

  it('refuses broken UTF-16 and UTF-32', () => {
    expect(expectCode(bytes([0xff, 0xfe, 0x41, 0x00, 0x42]), 'DECODE').message).toContain('UTF-16LE');
    expect(expectCode(bytes([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]), 'DECODE').message).toContain('UTF-16BE');
    expect(expectCode(bytes([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), 'DECODE').message).toContain('UTF-32');
  });

  it('holds UTF-8 to the strict rules: an encoded surrogate or an overlong form is not UTF-8', () => {
    // ED A0 80 encodes U+D800, C0 AF is an overlong '/': a lenient decoder would take both.
    expect(decodeBytes(bytes(utf8('报告'), [0xed, 0xa0, 0x80])).encoding).not.toMatch(/^utf-8/);
    expect(decodeBytes(bytes(utf8('报告'), [0xc0, 0xaf])).encoding).not.toMatch(/^utf-8/);
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8('报告'))).encoding).toBe('utf-8-bom');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, and invalid UTF-8 after a UTF-8 BOM', () => {
    expect(expectCode(bytes(utf8('ab'), [0xff], utf8('cd')), 'DECODE').message).toBe(
      '<bytes>: cannot decode text: neither valid UTF-8 (invalid sequence at byte 2) nor GB18030',
    );
    // b1 a8 is 报 in GBK, but a BOM declared UTF-8.
    expect(expectCode(bytes([0xef, 0xbb, 0xbf, 0x41, 0xb1, 0xa8]), 'DECODE').message).toContain(
      'UTF-8 byte-order mark but is not valid UTF-8 (invalid sequence at byte 4)',
    );
  });
});
