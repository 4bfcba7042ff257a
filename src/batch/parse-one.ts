/**
 * Reading, hashing and parsing one file of a batch into its record. Used by the worker threads
 * (worker.ts), kept apart so that importing it starts nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Processor } from 'unified';
import { analyzeReport } from '../analyze.js';
import { isReadError } from '../io/errors.js';
import { DEFAULT_MAX_BYTES, readReport, reportFromBytes } from '../io/read.js';
import type { Root } from '../tree/types.js';
import { sha256, tryHashFile } from './hash.js';
import type { BatchRecord } from './types.js';

/** A report's bytes, read once for both the hash and the text; undefined leaves the file to readReport. */
function fileBytes(file: string): Buffer | undefined {
  try {
    if (statSync(file).size > DEFAULT_MAX_BYTES) return undefined;
    return readFileSync(file);
  } catch {
    return undefined; // readReport names the reason (ENOENT, EISDIR, EIO …)
  }
}

/**
 * Reads, hashes and parses one file: like analyzeFile, but the bytes are read once,
 * synchronously (this thread has nothing else to do), and handed to io's reportFromBytes.
 */
export async function parseOne(file: string, processor: Processor<Root, Root, Root>): Promise<BatchRecord> {
  const bytes = fileBytes(file);
  const hash = bytes ? sha256(bytes) : tryHashFile(file);
  try {
    const read = bytes ? await reportFromBytes(file, bytes) : await readReport(file);
    const { document } = analyzeReport({ ...read, file }, { processor });
    // Only a file swapped between two reads gets here without a hash; '' never matches on --resume.
    return { file, hash: hash ?? '', document };
  } catch (error) {
    if (isReadError(error)) return { file, ...(hash ? { hash } : {}), error: { code: error.code, message: error.message } };
    const reason = error instanceof Error ? error.message : String(error);
    return { file, ...(hash ? { hash } : {}), error: { code: 'PARSE', message: `${file}: parser failed (${reason})` } };
  }
}
