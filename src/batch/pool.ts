/**
 * A small pool of worker threads (worker.ts) for parsing many files. Workers start loading at
 * once (jieba takes about a second), so the caller can walk the inputs meanwhile. Each worker
 * holds two files: the one it parses and the next, so that it never idles waiting for the main
 * thread to be scheduled (with every core busy that wait cost a quarter of the throughput).
 * Results come back in the order they finish. A worker that dies takes only the file it was
 * parsing with it: that file becomes an error record, its queued file goes to another worker,
 * and a new worker takes the dead one's place. Workers run with a capped heap (WORKER_LIMITS);
 * a file that exhausts it is not an error yet but goes to one extra worker without the cap,
 * started for such files only and ended when none is left.
 */
import { Worker } from 'node:worker_threads';
import type { LineResult, TaskMessage, WorkerData, WorkerMessage } from './worker.js';

export interface PoolOptions extends WorkerData {
  size: number;
  /**
   * How long one file may take (default DEFAULT_FILE_TIMEOUT_MS): a runaway file becomes a
   * TIMEOUT error record, its worker is stopped and replaced, and the run goes on.
   */
  fileTimeoutMs?: number;
  /** The worker script; tests pass one that crashes on purpose. */
  workerUrl?: URL;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Files sent and not yet answered, oldest (the one being parsed) first. */
  files: string[];
  /** Set when we end the worker ourselves, so its exit is not taken for a crash. */
  retiring: boolean;
  /** A worker without the old-generation cap, started only for reports too large for it. */
  roomy: boolean;
  /** Runs while the worker parses files[0]; stopping the worker when it fires. */
  timer?: NodeJS.Timeout;
  /** Set when the timer stopped the worker: its exit blames files[0] with TIMEOUT. */
  timedOut?: boolean;
}

/** Real reports parse in well under a second; ten megabytes of text in about half a minute. */
export const DEFAULT_FILE_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * How many finished records may wait for the consumer before workers get no new files: keeps
 * memory flat when the consumer (e.g. a slow disk) is slower than the workers.
 */
const QUEUE_LIMIT = 16;

/** Files a worker holds at once. */
const PREFETCH = 2;

/**
 * Heap limits of a worker. Its garbage is per document and dies young: a small young generation
 * costs little speed, and a capped old generation makes V8 collect before the heap grows, which
 * keeps a long batch's memory flat (benchmarks/: about 30 MB less per run at 10,000 documents).
 * A report too large for the cap (several million characters) kills its worker with
 * ERR_WORKER_OUT_OF_MEMORY; it is then parsed again by a worker without the cap (ROOMY_LIMITS).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };
const ROOMY_LIMITS = { maxYoungGenerationSizeMb: 8 };

export class Pool {
  private readonly slots = new Set<Slot>();
  private readonly workerUrl: URL;
  private readonly workerData: WorkerData;
  private files: readonly string[] = [];
  private next = 0;
  /** Files taken back from a dead worker, to be sent again before new ones. */
  private readonly retry: string[] = [];
  /** Files that ran a capped worker out of memory, for the roomy worker. */
  private readonly oversized: string[] = [];
  private busy = 0;
  private readonly queue: LineResult[] = [];
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private closed = false;
  private idleDeaths = 0;
  private readonly fileTimeoutMs: number;

  constructor(options: PoolOptions) {
    this.workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
    this.workerData = { dictionaries: options.dictionaries, words: options.words, engine: options.engine };
    this.fileTimeoutMs = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
    const size = Math.max(1, Math.floor(options.size) || 1); // NaN or 0 would start no worker and wait forever
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Parses `files`, yielding each record as a JSONL line (see LineResult) as soon as it is done. One run per pool. */
  async *run(files: readonly string[]): AsyncGenerator<LineResult> {
    this.files = files;
    // Fewer files than workers: the spare ones would only hold memory.
    for (const slot of [...this.slots].slice(Math.max(1, files.length))) this.retire(slot);
    this.feedAll();
    while (this.pending() || this.busy > 0 || this.queue.length > 0) {
      if (this.queue.length) {
        yield this.queue.shift()!;
        this.feedAll();
        continue;
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Ends every worker; call it in a finally, also when the run stopped early. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private retire(slot: Slot): Promise<number> {
    slot.retiring = true;
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    return slot.worker.terminate();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private pending(): boolean {
    return this.pendingCapped() || this.oversized.length > 0;
  }

  /** Files left for the capped workers: taken back from a dead one, or not sent yet. */
  private pendingCapped(): boolean {
    return this.retry.length > 0 || this.next < this.files.length;
  }

  /** (Re)starts the clock of the file the worker is parsing now, if any. */
  private clock(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    if (slot.files.length === 0 || slot.retiring) return;
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      void slot.worker.terminate();
    }, this.fileTimeoutMs);
    slot.timer.unref();
  }

  private feed(slot: Slot): void {
    if (slot.retiring || slot.timedOut) return;
    const idle = slot.files.length === 0;
    this.post(slot);
    if (idle && slot.files.length > 0) this.clock(slot);
  }

  private post(slot: Slot): void {
    if (slot.roomy) {
      // One at a time, and only what the capped workers could not hold.
      if (slot.ready && slot.files.length === 0 && this.oversized.length > 0) {
        const file = this.oversized.shift()!;
        slot.files.push(file);
        this.busy++;
        slot.worker.postMessage({ file } satisfies TaskMessage);
      }
      return;
    }
    while (slot.ready && slot.files.length < PREFETCH && this.pendingCapped() && this.queue.length < QUEUE_LIMIT) {
      const file = this.retry.shift() ?? this.files[this.next++]!;
      slot.files.push(file);
      this.busy++;
      slot.worker.postMessage({ file } satisfies TaskMessage);
    }
  }

  private feedAll(): void {
    const roomy = [...this.slots].find((s) => s.roomy);
    if (this.oversized.length > 0 && !roomy && !this.closed && !this.failure) this.spawn(true);
    // Its memory goes back once the large reports are done.
    if (roomy && roomy.ready && roomy.files.length === 0 && this.oversized.length === 0) void this.retire(roomy);
    for (const slot of this.slots) this.feed(slot);
  }

  private spawn(roomy = false): void {
    const resourceLimits = roomy ? ROOMY_LIMITS : WORKER_LIMITS;
    const slot: Slot = { worker: new Worker(this.workerUrl, { workerData: this.workerData, resourceLimits }), ready: false, files: [], retiring: false, roomy };
    this.slots.add(slot);
    slot.worker.on('message', (message: WorkerMessage) => {
      // A retired worker may still deliver a message queued before it was stopped (its `ready`):
      // fed now, its file would be posted to a dead thread and lost, and the run would wait forever.
      if (slot.retiring || slot.timedOut) return;
      if (message.type === 'ready') {
        slot.ready = true;
        this.feed(slot);
      } else if (message.type === 'fatal') {
        // Setting up the processor failed (e.g. a bad dictionary): no file can be parsed.
        this.failure ??= new Error(message.message);
        this.notify();
      } else {
        slot.files.splice(slot.files.indexOf(message.file), 1);
        this.busy--;
        this.clock(slot); // the next file it holds starts now
        this.queue.push({ file: message.file, error: message.error, line: message.line });
        if (slot.roomy) this.feedAll();
        else this.feed(slot);
        this.notify();
      }
    });
    // 'error' (an uncaught exception in the thread) is always followed by 'exit'.
    let crash: (Error & { code?: string }) | undefined;
    slot.worker.on('error', (error) => (crash = error));
    slot.worker.on('exit', (code) => {
      this.slots.delete(slot);
      clearTimeout(slot.timer);
      if (slot.retiring || this.closed || this.failure) return this.notify();
      const reason = slot.timedOut ? `stopped after ${this.fileTimeoutMs / 1000} s` : crash ? crash.message : `exit code ${code}`;
      if (!slot.ready) {
        // Dying before the first file means every replacement would die too.
        this.failure = new Error(`batch worker failed to start (${reason})`);
        return this.notify();
      }
      // The worker parses its files in order, so the oldest unanswered one is the culprit.
      const [file, ...queued] = slot.files;
      this.busy -= slot.files.length;
      this.retry.push(...queued);
      if (file !== undefined && !slot.roomy && crash?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.oversized.push(file); // not an error yet: a worker without the cap tries it
      } else if (file !== undefined && slot.timedOut) {
        const error = { code: 'TIMEOUT', message: `${file}: parsing took longer than the limit (${reason}); skipped` };
        this.queue.push({ file, error, line: JSON.stringify({ file, error }) + '\n' });
      } else if (file !== undefined) {
        const error = { code: 'WORKER', message: `${file}: the worker parsing this file died (${reason})` };
        this.queue.push({ file, error, line: JSON.stringify({ file, error }) + '\n' });
      }
      if (file === undefined && ++this.idleDeaths > 3) {
        // Dying with nothing to parse, again and again: something outside any file kills them.
        this.failure = new Error(`batch workers keep dying (${reason})`);
        return this.notify();
      }
      // Also when idle or before run(): a pool left without workers would wait forever. A roomy
      // worker is replaced only if large reports remain (feedAll).
      if (!slot.roomy) this.spawn();
      this.feedAll();
      this.notify();
    });
  }
}
