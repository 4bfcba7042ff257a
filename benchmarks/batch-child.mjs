/**
 * One `baogao batch` run in its own process, so that its peak RSS is its own: the benchmark
 * spawns this and reads one JSON line from stdout. Worker threads live in this process, so
 * the peak covers the main thread and every worker.
 *
 *   node benchmarks/batch-child.mjs OUT JOBS SEGMENTER DIR...   (SEGMENTER: nodejieba or node-rs)
 */
import { readFileSync, statSync } from 'node:fs';
import { main } from '../dist/cli/main.js';

const [out, jobs, segmenter, ...dirs] = process.argv.slice(2);
const started = performance.now();
// When the first line lands in the output, the workers have started (jieba loaded) and the
// walk is done: the time after it is the steady parsing rate. A 5 ms poll costs next to nothing.
let first;
const poll = setInterval(() => {
  try {
    if (statSync(out).size > 0) {
      first = performance.now();
      clearInterval(poll);
    }
  } catch {}
}, 5);
/**
 * The high-water mark of this process's memory, all threads. VmHWM rather than getrusage's
 * maxRSS: Linux carries maxRSS over from the parent across fork and exec, so a child of a big
 * process would report the parent's peak.
 */
function peakRssMB() {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kb) return Number(kb[1]) / 1024;
  } catch {}
  return process.resourceUsage().maxRSS / 1024;
}

let stderr = '';
const code = await main(['batch', ...dirs, '--out', out, '--jobs', jobs, '--segmenter', segmenter], { out: () => {}, err: (s) => (stderr += s) });
const ended = performance.now();
clearInterval(poll);
const summary = stderr.trim().split('\n').pop();
const documents = Number(/(\d+) documents?/.exec(summary)?.[1] ?? NaN);
const errors = Number(/(\d+) errors?/.exec(summary)?.[1] ?? NaN);
process.stdout.write(
  JSON.stringify({
    code,
    documents,
    errors,
    seconds: (ended - started) / 1000,
    firstRecordSeconds: first === undefined ? null : (first - started) / 1000,
    peakRssMB: peakRssMB(),
    // User + system time of every thread (main, workers, V8's helpers): how busy the cores were.
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
  }) + '\n',
);
