/**
 * A batch worker thread: builds one processor (loading jieba once) and then parses file after
 * file as the pool sends them. Every failure to read or parse a file is answered with an error
 * record; only a crash of the thread itself is left to the pool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Processor } from 'unified';
import { createProcessor } from '../analyze.js';
import type { EngineName } from '../segment/segmenter.js';
import type { Root } from '../tree/types.js';
import { parseOne } from './parse-one.js';

export interface WorkerData {
  dictionaries?: string[];
  words?: string[];
  engine?: EngineName;
}

/** Pool → worker: a file to parse, or a line buffer handed back for the next lines. */
export type TaskMessage = { file: string } | { recycle: ArrayBuffer };

/**
 * A record as the pool yields it: already a JSONL line in UTF-8, so the main thread only writes
 * it. `line` is valid until the consumer asks for the next record: its buffer then goes back to
 * the worker that wrote it.
 */
export interface LineResult {
  file: string;
  error?: { code: string; message: string };
  /** The UTF-8 bytes of JSON.stringify(record) + '\n' */
  line: Uint8Array;
}

/**
 * Worker → pool. A result's line travels in a transferred buffer (`length` bytes of it): no copy
 * and no string to decode or encode on the main thread, and the buffer comes back (`recycle`).
 */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; file: string; error?: { code: string; message: string }; buffer: ArrayBuffer; length: number };

const encoder = new TextEncoder();
/** Buffers the pool handed back; a few are enough, as only a few lines are in flight. */
const free: ArrayBuffer[] = [];
const KEEP_FREE = 4;

/** `text` in UTF-8 in a buffer of its own (recycled when one is large enough), and its length. */
function encodeLine(text: string): { buffer: ArrayBuffer; length: number } {
  const need = text.length * 3; // the most UTF-8 bytes one UTF-16 code unit can take
  const at = free.findIndex((b) => b.byteLength >= need);
  const buffer = at >= 0 ? free.splice(at, 1)[0]! : new ArrayBuffer(Math.max(need, 64 * 1024));
  const { written } = encoder.encodeInto(text, new Uint8Array(buffer));
  return { buffer, length: written };
}

if (parentPort) {
  const port = parentPort;
  const options = (workerData ?? {}) as WorkerData;
  let processor: Processor<Root, Root, Root> | undefined;
  try {
    processor = createProcessor({ dictionaries: options.dictionaries, words: options.words, engine: options.engine });
    port.postMessage({ type: 'ready' } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  }
  if (processor) {
    const ready = processor;
    // One file at a time, in the order sent: the pool blames the oldest unanswered file if this
    // thread dies, and a .docx (read asynchronously) must not let the next file overtake it.
    const tasks: string[] = [];
    let working = false;
    const work = async () => {
      working = true;
      for (let file = tasks.shift(); file !== undefined; file = tasks.shift()) {
        const record = await parseOne(file, ready);
        const { buffer, length } = encodeLine(JSON.stringify(record) + '\n');
        const message: WorkerMessage = { type: 'result', file: record.file, buffer, length };
        if ('error' in record) message.error = record.error;
        port.postMessage(message, [buffer]);
      }
      working = false;
    };
    port.on('message', (task: TaskMessage) => {
      if ('recycle' in task) {
        if (free.length < KEEP_FREE) free.push(task.recycle);
        return;
      }
      tasks.push(task.file);
      if (!working) void work();
    });
  }
}
