/**
 * The packed tarball installs into a new project offline and with npm's `yes=false` (issue 12,
 * row 2): nodejieba's install script calls `npx @mapbox/node-pre-gyp`, which must be found locally
 * rather than fetched or asked for. Slow (it compiles two addons), so it runs once, here.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts-dev/pack-install.mjs', import.meta.url));

describe('npm pack, then npm ci --offline --yes=false in a new project', () => {
  it('installs, builds nodejieba, and the installed package parses and answers --version', () => {
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = result.stdout.trim().split('\n').pop() ?? '';
    const report = JSON.parse(line) as { ok: boolean; step?: string; library?: { metrics: number; value: number }; version?: string };
    // the failing step and npm's last words, when it fails
    expect(report, `${report.step ?? ''}\n${result.stderr.slice(-3000)}`).toMatchObject({ ok: true });
    expect(report.library).toEqual({ metrics: 1, value: 12 });
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.status).toBe(0);
  }, 600_000);
});
