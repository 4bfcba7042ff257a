/** Runs the `baogao` command in-process with stdout and stderr captured. */
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (chunk) => void (out += chunk), err: (chunk) => void (err += chunk) };
  const code = await main(argv, io);
  return { code, out, err };
}
