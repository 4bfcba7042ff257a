/** The `baogao` command: dispatches to subcommands; returns the exit code instead of exiting. */
import { readFileSync } from 'node:fs';
import { UsageError, processIO, type CliIO } from './io.js';

// Each command is loaded when it runs: `batch` keeps its main thread small (the parser lives in
// its workers), and `--help` starts at once.
const commands: Record<string, { run: (args: string[], io: CliIO) => Promise<number>; summary: string }> = {
  parse: { run: (args, io) => import('./parse-command.js').then((m) => m.parseCommand(args, io)), summary: 'parse reports into JSON (sections, metrics, plan items)' },
  batch: { run: (args, io) => import('./batch-command.js').then((m) => m.batchCommand(args, io)), summary: 'parse a whole archive on worker threads into JSONL (and CSV tables)' },
  compare: { run: (args, io) => import('./compare-command.js').then((m) => m.compareCommand(args, io)), summary: 'was last year\'s plan carried out? plan items and targets against a report' },
  trend: { run: (args, io) => import('./trend-command.js').then((m) => m.trendCommand(args, io)), summary: 'compare reports across years: metric series, terms, carried-over text' },
  lint: { run: (args, io) => import('./lint-command.js').then((m) => m.lintCommand(args, io)), summary: 'proofread reports: unfilled template values, numbering, repeated text, punctuation' },
};

export const mainHelp = `Usage: baogao <command> [options]

Reads Chinese work reports (工作总结, 工作要点, 政府工作报告) into structured data.

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run "baogao <command> --help" for a command's options; "baogao --version" prints the version.
`;

// package.json sits two folders up from both src/cli and dist/cli.
const version = (): string => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    // no command is a usage error: the help goes to stderr, stdout stays empty for data
    io.err(mainHelp);
    return 2;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    io.out(mainHelp);
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.out(`${version()}\n`);
    return 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"\n\n${mainHelp}`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`baogao: ${(error as Error).message}\n`);
      return 2;
    }
    io.err(`baogao: internal error: ${(error as Error).stack ?? error}\n`);
    return 70;
  }
}

