#!/usr/bin/env node
/**
 * Cold start of the default segmenter (issue 13): a new node process that creates a segmenter and
 * tags one sentence, timed from outside with /usr/bin/time (wall seconds, peak RSS).
 *
 *   node scripts-dev/jieba-cold-start.mjs [runs=5]
 *
 *   raw     nodejieba's own addon: require('nodejieba').tag(…) (its dictionary plus TextRank's)
 *   off     baogao with BAOGAO_JIEBA_CACHE=off: cppjieba builds its dictionary in the process,
 *           as before the dictionary image
 *   cold    baogao with an empty cache folder: builds the image and writes it
 *   warm    baogao with the image already cached: maps it
 *
 * Needs dist/ (npm run build), the binding (native/) and GNU time. Prints one line per mode with
 * the least and the median wall time and the largest peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const sentence = '全年召开党委会12次，发展党员3名。';
const baogao = `const { createSegmenter } = await import(${JSON.stringify(join(repo, 'dist/segment/segmenter.js'))});
createSegmenter().tokenize(${JSON.stringify(sentence)});`;
const raw = `import { createRequire } from 'node:module';
createRequire(${JSON.stringify(join(repo, 'package.json'))})('nodejieba').tag(${JSON.stringify(sentence)});`;

function once(code, env) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, '--input-type=module', '-e', code], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`run failed: ${result.stderr}`);
  const [wall, rss] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, rss };
}

const scratch = mkdtempSync(join(tmpdir(), 'baogao-cold-start-'));
const warmDir = join(scratch, 'warm');
try {
  once(baogao, { BAOGAO_CACHE_DIR: warmDir }); // fills the warm cache
  const modes = {
    raw: () => once(raw, {}),
    off: () => once(baogao, { BAOGAO_JIEBA_CACHE: 'off' }),
    cold: (i) => once(baogao, { BAOGAO_CACHE_DIR: join(scratch, `cold-${i}`) }),
    warm: () => once(baogao, { BAOGAO_CACHE_DIR: warmDir }),
  };
  for (const [name, run] of Object.entries(modes)) {
    const results = Array.from({ length: runs }, (_, i) => run(i));
    const walls = results.map((r) => r.wall).sort((a, b) => a - b);
    const rss = Math.max(...results.map((r) => r.rss));
    console.log(
      `${name.padEnd(5)} wall min ${walls[0].toFixed(2)} s, median ${walls[Math.floor(walls.length / 2)].toFixed(2)} s; peak RSS ${(rss / 1024).toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
