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
