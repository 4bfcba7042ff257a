#!/usr/bin/env node
/** Entry point of the `baogao` bin. */
import { main } from './cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`baogao: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
