import { writeFileSync } from 'node:fs';
/** Where the CLI writes: data to `out` (stdout), everything else to `err` (stderr). Injectable for tests. */
export interface CliIO {
  out: (chunk: string) => void;
  err: (chunk: string) => void;
}

export const processIO: CliIO = {
  out: (chunk) => void process.stdout.write(chunk),
  err: (chunk) => void process.stderr.write(chunk),
};

export class UsageError extends Error {
  readonly exitCode = 2;
}

/**
 * Writes a command's output to `--out FILE` when given, else to stdout. Returns the exit status:
 * 0, or 74 (EX_IOERR) with one message when the file cannot be written.
 */
export function writeOutput(io: CliIO, output: string | Buffer, out: string | undefined, command: string): number {
  if (!out) {
    io.out(output as string);
    return 0;
  }
  try {
    writeFileSync(out, output);
    return 0;
  } catch (error) {
    io.err(`baogao: ${command}: cannot write ${out}: ${(error as Error).message}\n`);
    return 74;
  }
}

/** Binary formats (docx, xlsx) go to a file, never into a terminal. */
export const BINARY_FORMATS = new Set(['docx', 'xlsx']);
