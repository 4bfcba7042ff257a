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
        const message: WorkerMessage = { type: 'result', file: record.file, line: JSON.stringify(record) + '\n' };
        if ('error' in record) message.error = record.error;
        port.postMessage(message);
      }
      working = false;
    };
    port.on('message', (task: TaskMessage) => {
      tasks.push(task.file);
      if (!working) void work();
    });
  }
}
