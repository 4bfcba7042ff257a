#!/usr/bin/env node
/**
 * Packs baogao and installs the tarball into a new project, offline and with npm's `yes=false`,
 * as a user's machine would (issue 12, row 2). Then imports the package and runs its CLI.
 *
 *   node scripts-dev/pack-install.mjs [--keep]
 *
 * Offline: the new project gets a lockfile made from this repo's (runtime packages only), so
 * `npm ci --offline` takes every tarball from the npm cache the repo's own `npm ci` filled.
 * Needs `dist/` built. Prints one JSON line on stdout ({ ok, tarball, project, ... }); npm's
 * output goes to stderr. Exits 1 when a step fails.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args, cwd, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stderr.write(result.stderr ?? '');
  return result;
}

function fail(step, result, extra = {}) {
  const detail = result ? `${result.error?.message ?? ''} exit ${result.status}` : '';
  process.stdout.write(`${JSON.stringify({ ok: false, step, detail, ...extra })}\n`);
  process.exit(1);
}

if (!existsSync(join(repo, 'dist', 'index.js'))) fail('dist/ is not built: run `npm run build` first');

const work = mkdtempSync(join(tmpdir(), 'baogao-pack-'));
const project = join(work, 'consumer');
try {
  // 1. Pack as `npm publish` would, without running `prepare` again (dist/ is built).
  const pack = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], repo);
  if (pack.status !== 0) fail('npm pack', pack);
  const [{ filename }] = JSON.parse(pack.stdout);
  const tarball = join(work, filename);

  // 2. A new project whose lockfile holds baogao and its runtime packages, laid out as in the
  //    repo's lockfile (dev-only packages dropped), so no registry metadata is needed.
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
  const self = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const spec = `file:../${filename}`;
  const packages = {
    '': { name: 'consumer', version: '1.0.0', dependencies: { baogao: spec } },
    'node_modules/baogao': {
      version: self.version,
      resolved: spec,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
      hasInstallScript: true,
      license: self.license,
      dependencies: self.dependencies,
      optionalDependencies: self.optionalDependencies,
      bin: self.bin,
      engines: self.engines,
    },
  };
  // The repo's lockfile leaves out registry URLs (omit-lockfile-registry-resolved); without them
  // npm asks the registry for metadata even offline, so each entry gets its tarball's URL back.
  const registry = run(npm, ['config', 'get', 'registry'], repo).stdout.trim().replace(/\/?$/, '/');
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.link) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const resolved = entry.resolved ?? `${registry}${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    packages[path] = { ...entry, resolved };
  }
  const mkdir = run('mkdir', ['-p', project], work);
  if (mkdir.status !== 0) fail('mkdir', mkdir);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: { baogao: spec } }, null, 2)}\n`);
  writeFileSync(join(project, 'package-lock.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);

  // 3. Install offline with npx refusing to fetch anything (the default on a machine whose npm
  //    config says yes=false; nodejieba's install script calls `npx @mapbox/node-pre-gyp`).
  const install = run(npm, ['ci', '--offline', '--yes=false', '--no-audit', '--no-fund'], project, { npm_config_yes: 'false' });
  if (install.status !== 0) fail('npm ci --offline --yes=false', install, { tarball: filename });

  // 4. The installed package works: the library parses, and the CLI answers.
  const probe = 'import { analyzeText } from "baogao"; const r = analyzeText("一、工作总结\\n全年召开党委会12次。\\n"); process.stdout.write(JSON.stringify({ metrics: r.metrics.length, value: r.metrics[0]?.value }));';
  const library = run(process.execPath, ['--input-type=module', '-e', probe], project);
  if (library.status !== 0) fail('import baogao', library);
  const cli = run(process.execPath, [join(project, 'node_modules', 'baogao', 'dist', 'cli.js'), '--version'], project);
  if (cli.status !== 0) fail('baogao --version', cli);
  process.stdout.write(`${JSON.stringify({ ok: true, tarball: filename, project: keep ? project : undefined, library: JSON.parse(library.stdout), version: cli.stdout.trim() })}\n`);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
