/**
 * `npm run bench`: builds a seeded synthetic archive (benchmarks/archive.mjs) in a temporary
 * folder and measures, in one run:
 *   - characters/second of raw nodejieba.cut, of baogao's segmentation and of the full parse,
 *     over the same texts, and their ratios;
 *   - documents/second of `baogao batch` with 1 and with 2 workers, and the ratio;
 *   - peak RSS of `baogao batch` over 2,000 and 10,000 documents;
 *   - the same with the optional node-rs segmenter (@node-rs/jieba), where it is installed.
 * Prints a table and writes benchmarks/results/latest.json. Runs on dist/ (npm ci builds it).
 *
 * The machine may be shared: each timing is the best of a few runs (noise only ever slows a run
 * down). Two ceilings are measured alongside the 2-worker ratio: the 2-thread speedup of a plain
 * CPU loop, and that of the parse itself (analyzeText over in-memory texts in 1 and in 2 threads,
 * no pool, no files): the pool cannot scale better than the parse does on this machine.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildArchive, synthesize } from './archive.mjs';
import { coldStart } from './cold-start.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const { createSegmenter } = await import('../dist/segment/segmenter.js');
const { analyzeText, createProcessor } = await import('../dist/analyze.js');
const { sharedBinding } = await import('../dist/segment/engines.js');
// Whether the nodejieba engine runs through baogao's shared binding (native/, one dictionary per process).
const shared = sharedBinding() !== null;

const SEED = 20240601;
const ARCHIVE_DOCS = 10_000;
const PER_PART = 1_000;
const THROUGHPUT_DOCS = 5_000;
const TEXT_DOCS = 600; // texts for the characters/second measurements
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const best = (values, pick = Math.max) => pick(...values);

// ---------------------------------------------------------------- archive
const dir = mkdtempSync(join(tmpdir(), 'baogao-bench-'));
const outDir = join(dir, 'out');
mkdirSync(outDir);
let cleanup = () => rmSync(dir, { recursive: true, force: true });
process.on('exit', () => cleanup());
log(`building ${ARCHIVE_DOCS} documents in ${dir}`);
const archive = buildArchive(join(dir, 'archive'), ARCHIVE_DOCS, { seed: SEED, perPart: PER_PART });
const partsFor = (docs) => archive.parts.slice(0, Math.ceil(docs / PER_PART));

// ---------------------------------------------------------------- characters per second
const texts = [];
for (const doc of synthesize(TEXT_DOCS, SEED)) texts.push(doc.text); // the first files of part-0
const chars = texts.reduce((n, t) => n + t.length, 0);

const segmenter = createSegmenter(); // loads nodejieba with baogao's dictionary, as the parser has it
const nodejieba = createRequire(join(root, 'package.json'))('nodejieba');
const processor = createProcessor();

/**
 * Characters/second of each function over the texts, best of REPEATS rounds. The rounds are
 * interleaved (cut, tokenize, parse, cut, …), so that a slow spell of a shared machine hits
 * every function of a ratio alike instead of one of them.
 */
function charsPerSecond(fns) {
  for (const [, fn] of fns) for (const t of texts.slice(0, 50)) fn(t); // warm up the JIT
  const rates = fns.map(() => []);
  for (let r = 0; r < REPEATS; r++) {
    fns.forEach(([, fn], i) => {
      const start = performance.now();
      for (const t of texts) fn(t);
      rates[i].push(chars / ((performance.now() - start) / 1000));
    });
  }
  fns.forEach(([name], i) => log(`${name}: ${rates[i].map((x) => (x / 1e6).toFixed(2)).join(', ')} M chars/s`));
  return rates.map((r) => best(r));
}
log(`characters/second over ${texts.length} texts (${chars} characters)`);
const [cut, tokenize, parse] = charsPerSecond([
  ['nodejieba.cut', (t) => nodejieba.cut(t)],
  ['segmenter.tokenize', (t) => segmenter.tokenize(t)],
  ['analyzeText', (t) => analyzeText(t, { processor })],
]);

// Linearity: a document 16 times as long must parse at about the same characters/second. A scan
// that runs past its sentence to the end of the text makes long documents quadratic.
function linearity() {
  const unit = texts.slice(0, 4).join('\n');
  const rate = (text, reps) => {
    analyzeText(text, { processor });
    const start = performance.now();
    for (let r = 0; r < reps; r++) analyzeText(text, { processor });
    return (text.length * reps) / ((performance.now() - start) / 1000);
  };
  const short = rate(unit, 16);
  const long = rate(Array(16).fill(unit).join('\n'), 1);
  log(`linearity: ${(short / 1e6).toFixed(2)} M chars/s on ${unit.length} characters, ${(long / 1e6).toFixed(2)} on ${unit.length * 16}`);
  return long / short;
}
const linear = linearity();

// Size series: documents of 1, 2, 4 and 8 MB (UTF-8), as lines and as one scraped line; the slope
// is the seconds per MB at 8 MB over that at 1 MB (1 = linear; issue 12 asks for ≤ 1.3). Each size
// is parsed REPEATS times and the least CPU time kept: CPU time, because another process on the
// machine stretches wall time but not the parse's own work; the least, because a major GC that
// falls in one run is not the parse's growth.
function sizeSeries(oneLine) {
  const unit = texts.slice(0, 8).join('\n');
  const bytes = Buffer.byteLength(unit, 'utf8');
  analyzeText(unit, { processor });
  const points = [1, 2, 4, 8].map((mb) => {
    const copies = Math.ceil((mb * 2 ** 20) / bytes);
    let text = Array(copies).fill(unit).join('\n');
    if (oneLine) text = text.replace(/\n/g, '');
    const runs = [];
    for (let r = 0; r < Math.max(2, REPEATS); r++) {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      analyzeText(text, { processor });
      const used = process.cpuUsage(cpu);
      runs.push({ seconds: (used.user + used.system) / 1e6, wallSeconds: (performance.now() - wall) / 1000 });
    }
    const { seconds, wallSeconds } = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    return { mb, characters: text.length, seconds, wallSeconds, secondsPerMB: seconds / mb };
  });
  const slope = points[3].secondsPerMB / points[0].secondsPerMB;
  log(`size series (${oneLine ? 'one line' : 'lines'}, CPU s): ${points.map((p) => `${p.mb} MB ${p.seconds.toFixed(2)} s`).join(', ')}; s/MB at 8 MB / at 1 MB = ${slope.toFixed(2)}`);
  return { points, slope };
}
const sizes = { lines: sizeSeries(false), oneLine: sizeSeries(true) };

// ---------------------------------------------------------------- cold start (cold-start.mjs)
const cold = coldStart();

// The optional node-rs engine, measured against the same raw nodejieba.cut.
let rs = null;
try {
  const rsSegmenter = createSegmenter({ engine: 'node-rs' });
  const { Jieba } = createRequire(join(root, 'package.json'))('@node-rs/jieba');
  const { dict } = createRequire(join(root, 'package.json'))('@node-rs/jieba/dict');
  const rawRs = Jieba.withDict(dict);
  const rsProcessor = createProcessor({ segmenter: rsSegmenter });
  const [rsCut, rsTokenize, rsParse] = charsPerSecond([
    ['@node-rs/jieba cut', (t) => rawRs.cut(t, true)],
    ['segmenter.tokenize (node-rs)', (t) => rsSegmenter.tokenize(t)],
    ['analyzeText (node-rs)', (t) => analyzeText(t, { processor: rsProcessor })],
  ]);
  rs = { cut: rsCut, tokenize: rsTokenize, parse: rsParse };
} catch (error) {
  log(`node-rs segmenter not measured: ${error.message}`);
}

// ---------------------------------------------------------------- machine ceiling
/** Loop iterations per second summed over `threads` threads spinning at once for `ms`. */
async function spin(threads, ms = 1500) {
  const source = `const { parentPort, workerData } = require('node:worker_threads');
    const end = Date.now() + workerData; let n = 0, x = 0;
    while (Date.now() < end) { for (let i = 0; i < 1e5; i++) x += i % 7; n++; }
    parentPort.postMessage(n + (x < 0 ? 1 : 0));`;
  const counts = await Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve, reject) => {
      const w = new Worker(source, { eval: true, workerData: ms });
      w.once('message', resolve);
      w.once('error', reject);
    })),
  );
  return counts.reduce((a, b) => a + b, 0) / (ms / 1000);
}
const measureCeiling = async () => {
  const one = await spin(1);
  const two = await spin(2);
  const value = two / one;
  log(`machine: 2 threads do ${value.toFixed(2)}× the work of 1 (CPU loop)`);
  return value;
};
const ceilings = [await measureCeiling()];

/** Documents/second of analyzeText in `threads` threads at once, each over the same texts for `ms`. */
async function parseInThreads(threads, ms = 4000) {
  const source = `const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { analyzeText, createProcessor } = await import(workerData.analyze);
      const { synthesize } = await import(workerData.archive);
      const texts = [...synthesize(200, workerData.seed)].map((d) => d.text);
      const processor = createProcessor();
      for (const t of texts.slice(0, 30)) analyzeText(t, { processor });
      parentPort.postMessage('ready');
      parentPort.once('message', () => {
        const start = performance.now();
        let n = 0;
        while (performance.now() - start < workerData.ms) analyzeText(texts[n++ % texts.length], { processor });
        parentPort.postMessage(n / ((performance.now() - start) / 1000));
      });
    })();`;
  const workerData = { ms, seed: SEED, analyze: new URL('../dist/analyze.js', import.meta.url).href, archive: new URL('./archive.mjs', import.meta.url).href };
  const workers = Array.from({ length: threads }, () => new Worker(source, { eval: true, workerData }));
  const next = (w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
  await Promise.all(workers.map(next)); // all loaded (jieba), then all start together
  const done = workers.map(next);
  workers.forEach((w) => w.postMessage('go'));
  const rates = await Promise.all(done);
  await Promise.all(workers.map((w) => w.terminate()));
  return rates.reduce((a, b) => a + b, 0);
}
const parseScaling = [];
for (let r = 0; r < REPEATS; r++) parseScaling.push((await parseInThreads(2)) / (await parseInThreads(1)));
const parseCeiling = best(parseScaling);
log(`parse in threads: 2 threads do ${parseScaling.map((x) => x.toFixed(2)).join(', ')}× the documents of 1`);

// ---------------------------------------------------------------- batch runs
let run = 0;
function batchRun(jobs, docs, engine = 'nodejieba') {
  const out = join(outDir, `run-${run++}.jsonl`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'benchmarks/batch-child.mjs'), out, String(jobs), engine, ...partsFor(docs)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(out, { force: true });
      try {
        const result = JSON.parse(stdout);
        if (result.documents !== docs) throw new Error(`expected ${docs} documents, got ${result.documents}`);
        const steady = result.firstRecordSeconds === null ? null : (result.documents - 1) / (result.seconds - result.firstRecordSeconds);
        const r = { jobs, docs, engine, ...result, docsPerSecond: result.documents / result.seconds, steadyDocsPerSecond: steady };
        log(`batch ${docs} docs (${engine}), ${jobs} worker${jobs > 1 ? 's' : ''}: ${r.seconds.toFixed(2)} s, ${r.docsPerSecond.toFixed(0)} docs/s (after start-up ${steady?.toFixed(0)}), ${(r.cpuSeconds / r.seconds).toFixed(2)} cores busy, peak RSS ${r.peakRssMB.toFixed(0)} MB`);
        resolve(r);
      } catch (error) {
        reject(new Error(`batch child (exit ${code}) failed: ${error.message}\n${stdout}`));
      }
    });
  });
}

const runs = { 1: [], 2: [] };
for (let r = 0; r < REPEATS; r++) for (const jobs of [1, 2]) runs[jobs].push(await batchRun(jobs, THROUGHPUT_DOCS)); // interleaved: drift hits both
const rate = (jobs, key) => best(runs[jobs].map((x) => x[key]));
ceilings.push(await measureCeiling()); // the load of a shared machine changes: measured before and after
const rss2k = await batchRun(2, 2_000);
const rss10k = await batchRun(2, 10_000);

const rsRuns = { 1: [], 2: [] };
let rsRss = null;
if (rs) {
  for (let r = 0; r < REPEATS; r++) for (const jobs of [1, 2]) rsRuns[jobs].push(await batchRun(jobs, THROUGHPUT_DOCS, 'node-rs'));
  rsRss = { at2000: await batchRun(2, 2_000, 'node-rs'), at10000: await batchRun(2, 10_000, 'node-rs') };
}
const rsRate = (jobs, key) => best(rsRuns[jobs].map((x) => x[key]));

// ---------------------------------------------------------------- report
const ratio = (a, b) => a / b;
const results = {
  date: new Date().toISOString(),
  commit: (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim(); } catch { return null; } })(),
  node: process.version,
  nodejiebaSharedBinding: shared,
  machine: { cpus: cpus().length, availableParallelism: availableParallelism(), model: cpus()[0]?.model, memoryMB: Math.round(totalmem() / 2 ** 20), loadavg1: loadavg()[0], twoThreadCpuLoopSpeedup: ceilings, twoThreadParseSpeedup: parseScaling },
  archive: { seed: SEED, documents: archive.documents, gbk: archive.gbk, bytes: archive.bytes, characters: archive.chars, meanCharacters: Math.round(archive.chars / archive.documents) },
  repeats: REPEATS,
  charsPerSecond: { texts: texts.length, characters: chars, nodejiebaCut: cut, segmenterTokenize: tokenize, analyzeText: parse, tokenizeVsCut: ratio(tokenize, cut), parseVsCut: ratio(parse, cut), longVsShortDocument: linear },
  sizeSeries: sizes,
  coldStart: cold,
  batch: {
    documents: THROUGHPUT_DOCS,
    oneWorker: { docsPerSecond: rate(1, 'docsPerSecond'), steadyDocsPerSecond: rate(1, 'steadyDocsPerSecond'), runs: runs[1] },
    twoWorkers: { docsPerSecond: rate(2, 'docsPerSecond'), steadyDocsPerSecond: rate(2, 'steadyDocsPerSecond'), runs: runs[2] },
    ratio: ratio(rate(2, 'docsPerSecond'), rate(1, 'docsPerSecond')),
    steadyRatio: ratio(rate(2, 'steadyDocsPerSecond'), rate(1, 'steadyDocsPerSecond')),
  },
  peakRss: { jobs: 2, at2000MB: rss2k.peakRssMB, at10000MB: rss10k.peakRssMB, growth: ratio(rss10k.peakRssMB, rss2k.peakRssMB), oneWorker5000MB: best(runs[1].map((x) => x.peakRssMB)), twoWorkers5000MB: best(runs[2].map((x) => x.peakRssMB)) },
  nodeRs: rs && {
    charsPerSecond: { cut: rs.cut, tokenize: rs.tokenize, analyzeText: rs.parse, cutVsNodejiebaCut: ratio(rs.cut, cut), parseVsNodejiebaCut: ratio(rs.parse, cut) },
    batch: {
      oneWorker: { docsPerSecond: rsRate(1, 'docsPerSecond'), steadyDocsPerSecond: rsRate(1, 'steadyDocsPerSecond'), runs: rsRuns[1] },
      twoWorkers: { docsPerSecond: rsRate(2, 'docsPerSecond'), steadyDocsPerSecond: rsRate(2, 'steadyDocsPerSecond'), runs: rsRuns[2] },
      ratio: ratio(rsRate(2, 'docsPerSecond'), rsRate(1, 'docsPerSecond')),
      steadyRatio: ratio(rsRate(2, 'steadyDocsPerSecond'), rsRate(1, 'steadyDocsPerSecond')),
    },
    peakRss: { jobs: 2, at2000MB: rsRss.at2000.peakRssMB, at10000MB: rsRss.at10000.peakRssMB, growth: ratio(rsRss.at10000.peakRssMB, rsRss.at2000.peakRssMB) },
  },
};
results.targets = [
  { target: 'full parse ≥ 0.5× raw nodejieba.cut chars/s', value: results.charsPerSecond.parseVsCut, met: results.charsPerSecond.parseVsCut >= 0.5 },
  { target: '2 workers ≥ 1.7× 1 worker docs/s (whole run)', value: results.batch.ratio, met: results.batch.ratio >= 1.7 },
  { target: '2 workers ≥ 1.7× 1 worker docs/s (after start-up)', value: results.batch.steadyRatio, met: results.batch.steadyRatio >= 1.7 },
  { target: 'peak RSS ≤ 300 MB at 10,000 documents', value: results.peakRss.at10000MB, met: results.peakRss.at10000MB <= 300 },
  { target: 'peak RSS at 10,000 ≤ 1.2× peak at 2,000', value: results.peakRss.growth, met: results.peakRss.growth <= 1.2 },
  { target: '(ours) a 16× longer document parses at ≥ 0.7× the chars/s', value: linear, met: linear >= 0.7 },
  { target: 'time per MB at 8 MB ≤ 1.3× that at 1 MB (lines)', value: sizes.lines.slope, met: sizes.lines.slope <= 1.3 },
  { target: 'time per MB at 8 MB ≤ 1.3× that at 1 MB (one scraped line)', value: sizes.oneLine.slope, met: sizes.oneLine.slope <= 1.3 },
  { target: 'cold start: baogao parse of one report ≤ 0.3× raw nodejieba (require + one cut)', value: cold.parseVsRawNodejieba, met: cold.parseVsRawNodejieba <= 0.3 },
  ...(cold.pythonJieba ? [{ target: 'cold start: baogao parse of one report ≤ 0.5× python3 -m jieba', value: cold.parseVsPythonJieba, met: cold.parseVsPythonJieba <= 0.5 }] : []),
  ...(cold.parse.peakRssMB !== null ? [{ target: 'cold start: peak RSS of baogao parse ≤ 150 MB', value: cold.parse.peakRssMB, met: cold.parse.peakRssMB <= 150 }] : []),
  { target: 'cold start: baogao compare of two reports ≤ 1.5× one parse', value: cold.compareVsParse, met: cold.compareVsParse <= 1.5 },
];
if (results.nodeRs) {
  const n = results.nodeRs;
  results.targets.push(
    { target: 'node-rs: full parse ≥ 0.5× raw nodejieba.cut chars/s', value: n.charsPerSecond.parseVsNodejiebaCut, met: n.charsPerSecond.parseVsNodejiebaCut >= 0.5 },
    { target: 'node-rs: 2 workers ≥ 1.7× 1 worker docs/s (after start-up)', value: n.batch.steadyRatio, met: n.batch.steadyRatio >= 1.7 },
    { target: 'node-rs: peak RSS ≤ 300 MB at 10,000 documents', value: n.peakRss.at10000MB, met: n.peakRss.at10000MB <= 300 },
    { target: 'node-rs: peak RSS at 10,000 ≤ 1.2× peak at 2,000', value: n.peakRss.growth, met: n.peakRss.growth <= 1.2 },
  );
}

const f = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const rows = [
  ['measure', 'value', 'ratio / note'],
  ['raw nodejieba.cut', `${f(cut)} chars/s`, '1.00'],
  ['baogao segmentation (tokenize)', `${f(tokenize)} chars/s`, `${f(results.charsPerSecond.tokenizeVsCut, 2)}× cut`],
  ['full parse (analyzeText)', `${f(parse)} chars/s`, `${f(results.charsPerSecond.parseVsCut, 2)}× cut`],
  ['  a 16× longer document', `${f(linear, 2)}× the chars/s`, 'linear time: about 1'],
  ['  s/MB at 8 MB / at 1 MB', `${f(sizes.lines.slope, 2)} (lines), ${f(sizes.oneLine.slope, 2)} (one line)`, `8 MB: ${f(sizes.lines.points[3].seconds, 1)} s / ${f(sizes.oneLine.points[3].seconds, 1)} s`],
  [`cold start, median of ${cold.runs}: baogao parse, one report`, `${f(cold.parse.seconds, 2)} s`, `${f(cold.parseVsRawNodejieba, 2)}× raw nodejieba${cold.pythonJieba ? `, ${f(cold.parseVsPythonJieba, 2)}× python3 -m jieba` : ''}${cold.parse.peakRssMB === null ? '' : `; peak RSS ${f(cold.parse.peakRssMB)} MB`}`],
  ['  with an empty dictionary cache (once)', `${f(cold.firstParseEmptyCacheSeconds, 2)} s`, ''],
  ['  baogao compare, two reports', `${f(cold.compare.seconds, 2)} s`, `${f(cold.compareVsParse, 2)}× one parse`],
  ['  raw nodejieba: require + one cut', `${f(cold.rawNodejieba.seconds, 2)} s`, cold.rawNodejieba.peakRssMB === null ? '' : `peak RSS ${f(cold.rawNodejieba.peakRssMB)} MB`],
  ['  python3 -m jieba', cold.pythonJieba ? `${f(cold.pythonJieba.seconds, 2)} s` : 'not installed', cold.pythonJieba?.peakRssMB ? `peak RSS ${f(cold.pythonJieba.peakRssMB)} MB` : ''],
  [`batch, 1 worker (${f(THROUGHPUT_DOCS)} docs)`, `${f(results.batch.oneWorker.docsPerSecond)} docs/s`, `after start-up ${f(results.batch.oneWorker.steadyDocsPerSecond)} docs/s`],
  [`batch, 2 workers (${f(THROUGHPUT_DOCS)} docs)`, `${f(results.batch.twoWorkers.docsPerSecond)} docs/s`, `after start-up ${f(results.batch.twoWorkers.steadyDocsPerSecond)} docs/s`],
  ['2 workers / 1 worker', `${f(results.batch.ratio, 2)}×`, `after start-up ${f(results.batch.steadyRatio, 2)}×`],
  ['  ceiling: parse alone in 2 threads / 1', `${f(parseCeiling, 2)}×`, `CPU loop ${ceilings.map((c) => f(c, 2)).join(' / ')}×`],
  ['peak RSS, 2,000 docs (2 workers)', `${f(rss2k.peakRssMB)} MB`, ''],
  ['peak RSS, 10,000 docs (2 workers)', `${f(rss10k.peakRssMB)} MB`, `${f(results.peakRss.growth, 2)}× the 2,000 peak`],
  [`peak RSS, ${f(THROUGHPUT_DOCS)} docs, 1 / 2 workers`, `${f(results.peakRss.oneWorker5000MB)} / ${f(results.peakRss.twoWorkers5000MB)} MB`, shared ? 'one shared dictionary (native/ binding)' : 'no native/ binding: each worker loads its own dictionaries'],
];
if (results.nodeRs) {
  const n = results.nodeRs;
  rows.push(
    ['node-rs: raw @node-rs/jieba cut', `${f(n.charsPerSecond.cut)} chars/s`, `${f(n.charsPerSecond.cutVsNodejiebaCut, 2)}× nodejieba.cut`],
    ['node-rs: full parse (analyzeText)', `${f(n.charsPerSecond.analyzeText)} chars/s`, `${f(n.charsPerSecond.parseVsNodejiebaCut, 2)}× nodejieba.cut`],
    ['node-rs: batch, 1 / 2 workers', `${f(n.batch.oneWorker.docsPerSecond)} / ${f(n.batch.twoWorkers.docsPerSecond)} docs/s`, `ratio ${f(n.batch.ratio, 2)}×, after start-up ${f(n.batch.steadyRatio, 2)}×`],
    ['node-rs: peak RSS, 2,000 / 10,000 docs', `${f(n.peakRss.at2000MB)} / ${f(n.peakRss.at10000MB)} MB`, `${f(n.peakRss.growth, 2)}× the 2,000 peak`],
  );
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nbaogao bench · ${results.node} · ${results.machine.cpus} × ${results.machine.model} · load ${f(results.machine.loadavg1, 2)} · archive ${f(archive.documents)} docs (${f(archive.gbk)} GBK, mean ${f(results.archive.meanCharacters)} chars), seed ${SEED}, best of ${REPEATS}\n`);
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
console.log('\ntargets:');
for (const t of results.targets) console.log(`  ${t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${f(t.value, 2)}`);
console.log(`context: on this machine now, the parse alone runs ${f(parseCeiling, 2)}× as fast in 2 threads as in 1 (a CPU loop ${ceilings.map((c) => f(c, 2)).join(' / ')}×): no pool can beat that ratio here.`);

const resultsDir = join(root, 'benchmarks/results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwritten to benchmarks/results/latest.json`);
