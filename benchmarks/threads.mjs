/**
 * Where a batch run's CPU time goes, thread by thread (Linux only: reads /proc).
 *
 *   node benchmarks/threads.mjs JOBS [SEGMENTER] DIR...
 *
 * Runs batch-child.mjs and samples /proc/PID/task/* every 100 ms, keeping each thread's last
 * user+system time (worker threads end before the process does). Prints the batch's own
 * figures and, per thread, its CPU seconds: the main thread is the process's first thread, the
 * workers are the busiest, and the rest are V8's platform threads (optimising compiler, GC
 * helpers) and libuv's pool. Used for the analysis in benchmarks/README.md.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [jobs, maybeEngine, ...rest] = process.argv.slice(2);
const engine = maybeEngine === 'node-rs' || maybeEngine === 'nodejieba' ? maybeEngine : 'nodejieba';
const dirs = engine === maybeEngine ? rest : [maybeEngine, ...rest];
if (!jobs || !dirs.length || dirs[0] === undefined) {
  console.error('usage: node benchmarks/threads.mjs JOBS [nodejieba|node-rs] DIR...');
  process.exit(2);
}
const out = join(tmpdir(), `baogao-threads-${process.pid}.jsonl`);
const child = spawn(process.execPath, [fileURLToPath(new URL('./batch-child.mjs', import.meta.url)), out, jobs, engine, ...dirs], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const ticks = Number(process.env.CLK_TCK ?? 100); // USER_HZ, 100 on Linux
const last = new Map();
const sample = () => {
  let tasks;
  try {
    tasks = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tasks) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      last.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {}
  }
};
const timer = setInterval(sample, 100);
let stdout = '';
child.stdout.on('data', (d) => (stdout += d));
child.on('close', () => {
  clearInterval(timer);
  rmSync(out, { force: true });
  const result = JSON.parse(stdout);
  const threads = [...last].sort((a, b) => a[0] - b[0]);
  const main = threads[0];
  const others = threads.slice(1).sort((a, b) => b[1] - a[1]);
  const workers = others.slice(0, Number(jobs));
  const helpers = others.slice(Number(jobs));
  const sum = (list) => list.reduce((n, [, s]) => n + s, 0);
  console.log(JSON.stringify(result));
  console.log(`wall ${result.seconds.toFixed(2)} s, first line after ${result.firstRecordSeconds?.toFixed(2)} s`);
  console.log(`main thread   ${main[1].toFixed(2)} s CPU`);
  for (const [tid, s] of workers) console.log(`worker ${tid}  ${s.toFixed(2)} s CPU`);
  console.log(`other threads ${sum(helpers).toFixed(2)} s CPU (${helpers.filter(([, s]) => s > 0).length} threads: V8 compiler and GC helpers, libuv)`);
  console.log(`cores busy    ${((main[1] + sum(others)) / result.seconds).toFixed(2)} of 2 (sampled)`);
});
