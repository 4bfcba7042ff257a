/** `batch()`: parse every report under some inputs on a pool of worker threads, streaming records. */
import type { EngineName } from '../segment/segmenter.js';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { checkDictionaryPath } from '../segment/segmenter.js';
import { tryHashFile } from './hash.js';
import { Pool } from './pool.js';
import type { BatchRecord } from './types.js';
import { expandInputs } from './walk.js';

export interface BatchOptions {
  /**
   * Worker threads; default and most os.availableParallelism(): parsing is CPU-bound, so more
   * threads than cores only hold memory (each loads jieba). `startPool` itself is not capped.
   */
  jobs?: number;
  /** Extra jieba user dictionaries, as for createProcessor. A missing one throws DictionaryError. */
  dictionaries?: string[];
  /** Extra single words, `词` or `词 tag`. */
  words?: string[];
  /** The jieba engine of the workers: `nodejieba` (default) or `node-rs`. */
  engine?: EngineName;
  /**
   * Files already done, absolute path → sha256: a file whose bytes still have that hash is
   * skipped (not yielded). This is how `baogao batch --resume` avoids parsing a file twice.
   */
  skip?: ReadonlyMap<string, string>;
  /** Called once the inputs are walked, before the first record: how many records will follow. */
  onStart?: (plan: { total: number; skipped: number }) => void;
  /**
   * How long one file may take, in milliseconds (default 5 minutes): a runaway file becomes a
   * TIMEOUT error record and the run goes on.
   */
  fileTimeoutMs?: number;
  /** @internal The worker script (tests use one that crashes). */
  workerUrl?: URL;
}

/**
 * Walks `inputs` (directories recursively, files, globs with `*`, `**`, `?`) and yields one
 * record per file as soon as it is parsed: `{ file, hash, document }`, or `{ file, hash?, error }`
 * for a file that could not be read or parsed. Errors never stop the run. Memory stays flat:
 * nothing is kept of a record once it has been yielded.
 */
export async function* batch(inputs: string[], options: BatchOptions = {}): AsyncGenerator<BatchRecord> {
  for (const file of options.dictionaries ?? []) checkDictionaryPath(file);
  // Workers load jieba while the inputs are walked.
  const pool = startPool({ ...options, jobs: Math.min(options.jobs ?? Infinity, availableParallelism()) });
  try {
    const { files, errors } = await expandInputs(inputs);
    const todo = options.skip ? unchanged(files, options.skip) : { files, skipped: 0 };
    options.onStart?.({ total: todo.files.length + errors.length, skipped: todo.skipped });
    yield* errors;
    for await (const { line } of pool.run(todo.files)) yield JSON.parse(line) as BatchRecord;
  } finally {
    await pool.close();
  }
}

type PoolOptions = Pick<BatchOptions, 'jobs' | 'dictionaries' | 'words' | 'engine' | 'workerUrl' | 'fileTimeoutMs'>;

/**
 * Starts the worker threads now; `pool.run(files)` then yields each record already serialised
 * by its worker as a JSONL line, so that writing records to a file costs the main thread no JSON
 * work and it does not compete with the workers for the cores. Always `await pool.close()`.
 */
export function startPool(options: PoolOptions = {}): Pool {
  return new Pool({
    size: options.jobs ?? availableParallelism(),
    dictionaries: options.dictionaries?.map((d) => resolve(d)),
    words: options.words,
    engine: options.engine,
    workerUrl: options.workerUrl,
    fileTimeoutMs: options.fileTimeoutMs,
  });
}

/** Drops the files whose path and content hash are in `done`. */
function unchanged(files: string[], done: ReadonlyMap<string, string>): { files: string[]; skipped: number } {
  const left: string[] = [];
  for (const file of files) {
    const known = done.get(resolve(file));
    if (known !== undefined && known === tryHashFile(file)) continue;
    left.push(file);
  }
  return { files: left, skipped: files.length - left.length };
}
