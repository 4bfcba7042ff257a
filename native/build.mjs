/**
 * Builds native/jieba_shared.node (see jieba_shared.cc) with node-gyp; run by `npm install`.
 *
 * The binding only saves memory and start-up time: without it, baogao uses nodejieba's own
 * per-thread segmenter and gives the same tokens. So a failed build (no compiler, no Node
 * headers) warns on stderr and does not fail the install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const warn = (why) => {
  process.stderr.write(`baogao: the shared jieba binding was not built (${why}); each worker thread will load its own nodejieba dictionary (about 240 MB each)\n`);
};

function nodeGyp() {
  // npm points scripts at its bundled node-gyp; otherwise a node-gyp installed beside npm.
  if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)) return process.env.npm_config_node_gyp;
  const npmDir = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  return existsSync(npmDir) ? npmDir : undefined;
}

try {
  createRequire(import.meta.url).resolve('nodejieba/package.json');
} catch {
  warn('nodejieba is not installed');
  process.exit(0);
}
const gyp = nodeGyp();
if (!gyp) {
  warn('node-gyp not found');
  process.exit(0);
}
const result = spawnSync(process.execPath, [gyp, 'rebuild', '--directory', here], { stdio: ['ignore', 'inherit', 'inherit'] });
if (result.status !== 0) warn(result.error ? result.error.message : `node-gyp exited with ${result.status}`);
