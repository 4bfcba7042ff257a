#!/usr/bin/env node
/** Entry point of the `baogao` bin. */
import { main } from './cli/main.js';

// A reader that stops early (`baogao parse … | head`) closes stdout: end quietly, with the status a
// process killed by SIGPIPE has (128 + 13), as other Unix tools do, instead of an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(141);
  process.stderr.write(`baogao: cannot write to stdout: ${error.message}\n`);
  process.exit(74);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`baogao: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
