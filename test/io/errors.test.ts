import { describe, expect, it } from 'vitest';
import { ReadError, isReadError } from '../../src/io/index.js';

describe('ReadError', () => {
  it('carries code and file and names the file first in its message', () => {
    const error = new ReadError('BINARY', 'corpus/a.txt', 'not a text file (binary content)');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ReadError');
    expect(error.code).toBe('BINARY');
    expect(error.file).toBe('corpus/a.txt');
    expect(error.message).toBe('corpus/a.txt: not a text file (binary content)');
    expect(String(error)).toBe('ReadError: corpus/a.txt: not a text file (binary content)');
  });

  it('keeps the cause', () => {
    const cause = new Error('EACCES');
    expect(new ReadError('EIO', 'x', 'cannot read file', { cause }).cause).toBe(cause);
  });
});

describe('isReadError', () => {
  it('accepts ReadErrors, also from another copy of the module', () => {
    expect(isReadError(new ReadError('EMPTY', 'x', 'file is empty'))).toBe(true);
    const foreign = Object.assign(new Error('x: file is empty'), { name: 'ReadError', code: 'EMPTY', file: 'x' });
    expect(isReadError(foreign)).toBe(true);
  });

  it('rejects other errors and look-alikes', () => {
    expect(isReadError(new Error('x'))).toBe(false);
    expect(isReadError(Object.assign(new Error('x'), { code: 'ENOENT', path: 'x' }))).toBe(false);
    expect(isReadError(Object.assign(new Error('x'), { name: 'ReadError', code: 'NOPE', file: 'x' }))).toBe(false);
    expect(isReadError({ name: 'ReadError', code: 'EMPTY', file: 'x', message: 'x' })).toBe(false);
    expect(isReadError(undefined)).toBe(false);
  });
});
