/**
 * A batch worker thread: builds one processor (loading jieba once) and then parses file after
 * file as the pool sends them. Every failure to read or parse a file is answered with an error
 * record; only a crash of the thread itself is left to the pool.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Processor } from 'unified';
import { analyzeTree, createProcessor } from '../analyze.js';
import { decodeBytes } from '../io/decode.js';
import { isReadError } from '../io/errors.js';
import { DEFAULT_MAX_BYTES, readReport } from '../io/read.js';
import { toDocument } from '../output/document.js';
import type { Root } from '../tree/types.js';
import { sha256, tryHashFile } from './hash.js';
import type { BatchRecord } from './types.js';

export interface WorkerData {
  dictionaries?: string[];
  words?: string[];
}

/** Pool → worker. */
export interface TaskMessage {
  file: string;
}

/** A record as the worker sends it: already a JSONL line, so the main thread only writes it. */
export interface LineResult {
  file: string;
  error?: { code: string; message: string };
  /** JSON.stringify(record) + '\n' */
  line: string;
}

/** Worker → pool. */
export type WorkerMessage = { type: 'ready' } | { type: 'fatal'; message: string } | ({ type: 'result' } & LineResult);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Bytes of a plain-text report, read once for both the hash and the text; undefined leaves the file to readReport. */
function textBytes(file: string): Buffer | undefined {
  try {
    if (statSync(file).size > DEFAULT_MAX_BYTES) return undefined;
    const bytes = readFileSync(file);
    // .docx (by name or ZIP magic, as readReport decides) and empty files take readReport's way.
    const docx = extname(file).toLowerCase() === '.docx' || ZIP_MAGIC.every((b, i) => bytes[i] === b);
    return docx || bytes.length === 0 ? undefined : bytes;
  } catch {
    return undefined; // readReport names the reason (ENOENT, EISDIR, EIO …)
  }
}

/**
 * Reads, hashes and parses one file: like analyzeFile, but a text file's bytes are read once,
 * synchronously (this thread has nothing else to do), and decoded with io's decodeBytes.
 */
export async function parseOne(file: string, processor: Processor<Root, Root, Root>): Promise<BatchRecord> {
  const bytes = textBytes(file);
  const hash = bytes ? sha256(bytes) : tryHashFile(file);
  try {
    const read = bytes ? { ...decodeBytes(bytes, file), format: 'text' as const } : await readReport(file);
    const { tree, file: vfile } = analyzeTree(read.text, { processor, path: file });
    const document = toDocument(tree, vfile, { file, encoding: read.encoding, format: read.format });
    // Only a file swapped between two reads gets here without a hash; '' never matches on --resume.
    return { file, hash: hash ?? '', document };
  } catch (error) {
    if (isReadError(error)) return { file, ...(hash ? { hash } : {}), error: { code: error.code, message: error.message } };
    const reason = error instanceof Error ? error.message : String(error);
    return { file, ...(hash ? { hash } : {}), error: { code: 'PARSE', message: `${file}: parser failed (${reason})` } };
  }
}

if (parentPort) {
  const port = parentPort;
  const options = (workerData ?? {}) as WorkerData;
  let processor: Processor<Root, Root, Root> | undefined;
  try {
    processor = createProcessor({ dictionaries: options.dictionaries, words: options.words });
    port.postMessage({ type: 'ready' } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  }
  if (processor) {
    const ready = processor;
    port.on('message', (task: TaskMessage) => {
      void parseOne(task.file, ready).then((record) => {
        const message: WorkerMessage = { type: 'result', file: record.file, line: JSON.stringify(record) + '\n' };
        if ('error' in record) message.error = record.error;
        port.postMessage(message);
      });
    });
  }
}
