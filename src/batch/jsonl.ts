/**
 * The JSONL output of `baogao batch` and how a run resumes it. Lines are appended whole, one
 * write each, so a killed run leaves at most one cut-off last line; resuming cuts it away.
 */
import { createReadStream, createWriteStream, openSync, closeSync, fstatSync, readSync, ftruncateSync, writeSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { tryHashFile } from './hash.js';
import type { BatchRecord } from './types.js';
import type { Expanded } from './walk.js';

/**
 * The output could not be written (a full disk, a file or folder that cannot be written, a
 * read-only file system). Names the file and the system's reason; what is on disk is whole lines.
 */
export class OutputError extends Error {
  readonly path: string;
  readonly code: string | undefined;
  /** What was being done: 'create the folder', 'open for writing', 'write to', 'prepare to resume', 'write the tables in'. */
  readonly doing: string;
  constructor(path: string, doing: string, cause: unknown) {
    const code = (cause as { code?: string }).code;
    super(`cannot ${doing} ${path}: ${(cause as Error).message ?? String(cause)}`, { cause });
    this.name = 'OutputError';
    this.path = path;
    this.code = code;
    this.doing = doing;
  }
}

/**
 * Appends whole lines to a JSONL file. A write that fails part-way (ENOSPC, EFBIG, EIO) is cut
 * back to the end of the last whole line before the error is thrown, so the file never holds
 * half a record, even when the process goes on or is never resumed.
 */
export class LineWriter {
  readonly path: string;
  #fd: number;
  #size: number;
  /** Lines written by this writer. */
  lines = 0;

  constructor(path: string) {
    this.path = path;
    try {
      this.#fd = openSync(path, 'a');
      this.#size = fstatSync(this.#fd).size;
    } catch (error) {
      throw new OutputError(path, 'open for writing', error);
    }
  }

  write(line: string): void {
    const bytes = Buffer.byteLength(line, 'utf8');
    try {
      writeLine(this.#fd, line);
    } catch (error) {
      try {
        ftruncateSync(this.#fd, this.#size);
      } catch {
        // not a regular file (a device, a pipe): nothing was kept to cut
      }
      throw new OutputError(this.path, 'write to', error);
    }
    this.#size += bytes;
    this.lines++;
  }

  close(): void {
    closeSync(this.#fd);
  }
}

/** Writes `line` (ending in \n) completely; loops because write(2) may write less than asked. */
export function writeLine(fd: number, line: string): void {
  const bytes = Buffer.from(line, 'utf8');
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Cuts a last line that has no \n (a run killed mid-write). Returns how many bytes were cut. */
export function repairLastLine(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return 0;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let end = size;
    // Back from the end to the last \n; a multi-megabyte last line just takes a few more reads.
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const read = readSync(fd, chunk, 0, end - start, start);
      const newline = chunk.subarray(0, read).lastIndexOf(0x0a);
      if (newline >= 0) {
        end = start + newline + 1;
        break;
      }
      end = start;
    }
    if (end < size) ftruncateSync(fd, end);
    return size - end;
  } finally {
    closeSync(fd);
  }
}

/** Each line of a JSONL file, parsed; `undefined` for a line that is not a JSON object. */
export async function* readRecords(path: string): AsyncGenerator<{ line: string; record: BatchRecord | undefined }> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let record: BatchRecord | undefined;
    try {
      const value: unknown = JSON.parse(line);
      record = value && typeof value === 'object' && typeof (value as BatchRecord).file === 'string' ? (value as BatchRecord) : undefined;
    } catch {
      record = undefined;
    }
    yield { line, record };
  }
}

export interface ResumePlan {
  /** The files still to parse. */
  todo: string[];
  /** Files skipped because the output has them with the same content hash. */
  skipped: number;
  /** Bytes of a cut-off last line that were removed. */
  repaired: number;
  /** Old lines removed: files that changed, errors to retry, duplicates, unreadable lines. */
  dropped: number;
  /** Of those, lines that were not batch records at all (not JSON, or no `file`). */
  unreadable?: number;
}

/**
 * Makes the output ready to be appended to: cuts a partial last line, skips the files it already
 * holds with the same path and hash, and removes the lines of files that will be parsed again,
 * so every file ends up in it exactly once. Lines of files outside these inputs are kept.
 */
export async function prepareResume(out: string, expanded: Expanded): Promise<ResumePlan> {
  const repaired = repairLastLine(out);
  // absolute path → the hashes its lines carry ('' for an error without one). Paths and hashes
  // only, never documents, so this stays small for any archive.
  const existing = new Map<string, string[]>();
  let unreadable = 0;
  let exists = true;
  try {
    for await (const { record } of readRecords(out)) {
      if (!record) {
        unreadable++;
        continue;
      }
      const key = resolve(record.file);
      const hashes = existing.get(key) ?? [];
      hashes.push(record.hash ?? '');
      existing.set(key, hashes);
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    exists = false;
  }

  // The current hash of every input that has lines; undefined when it cannot be read now.
  const current = new Map<string, string | undefined>();
  const todo: string[] = [];
  for (const file of expanded.files) {
    const key = resolve(file);
    const hashes = existing.get(key);
    if (hashes) {
      const hash = tryHashFile(file);
      current.set(key, hash);
      if (hash !== undefined && hashes.includes(hash)) continue;
    }
    todo.push(file);
  }
  // Walk errors (an unreadable folder) are reported afresh, so their old lines go; so does the old
  // error of a folder that can be read now (its files are among the inputs this time).
  for (const { file } of expanded.errors) current.set(resolve(file), undefined);
  const folders = new Set<string>();
  for (const file of expanded.files) for (let d = dirname(resolve(file)); !folders.has(d) && d !== dirname(d); d = dirname(d)) folders.add(d);
  for (const [key, hashes] of existing) if (folders.has(key) && hashes.includes('')) current.set(key, undefined);

  // A line stays unless its file is parsed again now, or it repeats an earlier line.
  const keep = (file: string, hash: string | undefined, seen: Set<string>): boolean => {
    const key = resolve(file);
    if (current.has(key) && (hash === undefined || hash !== current.get(key))) return false;
    const id = `${key}\0${hash ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  let dropped = unreadable;
  const counted = new Set<string>();
  for (const [key, hashes] of existing) for (const hash of hashes) if (!keep(key, hash || undefined, counted)) dropped++;
  if (exists && dropped > 0) {
    const seen = new Set<string>();
    await rewrite(out, (record) => record !== undefined && keep(record.file, record.hash, seen));
  }
  return { todo, skipped: expanded.files.length - todo.length, repaired, dropped, unreadable };
}

/** Rewrites `path` keeping some lines: into a temporary file renamed over it, so a kill leaves the old one whole. */
async function rewrite(path: string, keep: (record: BatchRecord | undefined) => boolean): Promise<void> {
  const temporary = `${path}.resume-${process.pid}`;
  const output = createWriteStream(temporary);
  try {
    for await (const { line, record } of readRecords(path)) {
      if (!keep(record)) continue;
      if (!output.write(line + '\n')) await new Promise<void>((r) => output.once('drain', () => r()));
    }
    output.end();
    await finished(output);
    await rename(temporary, path);
  } catch (error) {
    output.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}
