import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cli = `${root}dist/cli.js`;
/** The CLI and the worker threads run from dist/: these tests need `npm run build` first. */
export const built = existsSync(cli) && existsSync(`${root}dist/batch/worker.js`);
export const notBuilt = built ? false : 'dist/ is missing: run `npm run build` before these tests';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `command ...args` to its end, collecting its output; `onSpawn` gets the child, e.g. to kill it. */
export function runCommand(command: string, args: string[], onSpawn?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    onSpawn?.(child);
  });
}

/** Runs `node dist/cli.js ...args`. */
export const runCli = (args: string[], onSpawn?: (child: ReturnType<typeof spawn>) => void): Promise<Run> => runCommand(process.execPath, [cli, ...args], onSpawn);

export interface Line {
  file: string;
  hash?: string;
  document?: { file: string; sections: unknown[]; metrics: unknown[] };
  error?: { code: string; message: string };
}

/** Every line of a JSONL file, parsed; throws on a line that does not parse. */
export function readLines(path: string): Line[] {
  const text = readFileSync(path, 'utf8');
  if (text && !text.endsWith('\n')) throw new Error(`${path} does not end with a newline`);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line, i) => {
      try {
        return JSON.parse(line) as Line;
      } catch {
        throw new Error(`line ${i + 1} of ${path} is not JSON: ${line.slice(0, 80)}`);
      }
    });
}

/** How often each file occurs in `lines`. */
export function counts(lines: Line[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const { file } of lines) map.set(file, (map.get(file) ?? 0) + 1);
  return map;
}
