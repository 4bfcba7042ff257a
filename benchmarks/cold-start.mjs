/**
 * Cold start: one report from the shell, each command a new process (issue 13).
 *
 *   node benchmarks/cold-start.mjs          (also run by `npm run bench`)
 *
 * Medians of RUNS runs each, after one untimed run that fills the caches (the OS page cache,
 * baogao's dictionary cache, python jieba's model cache), of:
 *   - `baogao parse --format json` on one corpus report,
 *   - `baogao compare` on two corpus reports,
 *   - raw nodejieba's own cold start: `require('nodejieba')` and one `cut` of the same report,
 *   - `python3 -m jieba` on the same report, where a python3 with jieba is installed.
 * Peak RSS comes from GNU time (/usr/bin/time) where it exists. A first run with an empty
 * dictionary cache (BAOGAO_CACHE_DIR in a new folder) is reported too: what a new install pays once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One run of `command args`: wall seconds and, with GNU time, peak RSS in MB. */
function once(command, args, env) {
  const argv = TIME ? [TIME, ['-f', 'BENCH_RSS %M', command, ...args]] : [command, args];
  const start = performance.now();
  const result = spawnSync(argv[0], argv[1], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const rss = /BENCH_RSS (\d+)/.exec(result.stderr ?? '');
  return { seconds, peakRssMB: rss ? Number(rss[1]) / 1024 : null };
}

/** The median wall time and peak RSS of RUNS runs, after one untimed run. */
function measure(name, command, args, env = {}) {
  once(command, args, env);
  const runs = Array.from({ length: RUNS }, () => once(command, args, env));
  const result = {
    name,
    seconds: median(runs.map((r) => r.seconds)),
    peakRssMB: runs[0].peakRssMB === null ? null : median(runs.map((r) => r.peakRssMB)),
    runs: runs.map((r) => r.seconds),
  };
  process.stderr.write(`bench: cold start, ${name}: ${result.seconds.toFixed(3)} s${result.peakRssMB === null ? '' : `, ${result.peakRssMB.toFixed(0)} MB`}\n`);
  return result;
}

/** A python3 that can import jieba, or null. */
function pythonWithJieba() {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import jieba'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return null;
}

export function coldStart() {
  const reports = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => join('corpus', f));
  const [report, other] = reports;
  const cli = join(root, 'dist/cli.js');
  const cache = mkdtempSync(join(tmpdir(), 'baogao-cold-cache-'));
  try {
    // What a new install pays once: the dictionary cache is empty.
    const first = once(process.execPath, [cli, 'parse', '--format', 'json', report], { BAOGAO_CACHE_DIR: cache });
    process.stderr.write(`bench: cold start, baogao parse with an empty dictionary cache: ${first.seconds.toFixed(3)} s\n`);
    const env = { BAOGAO_CACHE_DIR: cache };
    const parse = measure('baogao parse (one report)', process.execPath, [cli, 'parse', '--format', 'json', report], env);
    const compare = measure('baogao compare (two reports)', process.execPath, [cli, 'compare', '--format', 'json', report, other], env);
    const rawSource = `const fs = require('node:fs'); require('nodejieba').cut(fs.readFileSync(${JSON.stringify(join(root, report))}, 'utf8'));`;
    const raw = measure('raw nodejieba (require + one cut)', process.execPath, ['-e', rawSource]);
    const python = pythonWithJieba();
    const py = python ? measure('python3 -m jieba', python, ['-m', 'jieba', report]) : null;
    if (!python) process.stderr.write('bench: cold start, python3 -m jieba: no python3 with jieba installed; not measured\n');
    return {
      report,
      runs: RUNS,
      firstParseEmptyCacheSeconds: first.seconds,
      parse,
      compare,
      rawNodejieba: raw,
      pythonJieba: py,
      parseVsRawNodejieba: parse.seconds / raw.seconds,
      parseVsPythonJieba: py ? parse.seconds / py.seconds : null,
      compareVsParse: compare.seconds / parse.seconds,
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(root, 'dist/cli.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first');
    process.exit(1);
  }
  console.log(JSON.stringify(coldStart(), null, 2));
}
