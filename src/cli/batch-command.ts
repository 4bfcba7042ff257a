/** `baogao batch DIR|FILE|GLOB... --out results.jsonl [--jobs N] [--resume] [--tables DIR] [--dict FILE]...` */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPool } from '../batch/batch.js';
import { LineWriter, OutputError, prepareResume, type ResumePlan } from '../batch/jsonl.js';
import type { Pool } from '../batch/pool.js';
import { Progress } from '../batch/progress.js';
import { writeTables, writeTablesXlsx } from '../batch/tables.js';
import { expandInputs, REPORT_EXTENSIONS } from '../batch/walk.js';
import { checkDictionaryPath, DictionaryError } from '../segment/segmenter.js';
import { engineFrom } from './shared-options.js';
import { UsageError, processIO, type CliIO } from './io.js';

export const batchHelp = `Usage: baogao batch DIR|FILE|GLOB... --out results.jsonl [options]

Parse a whole archive of reports on several threads. Folders are walked
recursively for .txt, .md, .docx, .doc, .pdf, .html and .htm files (hidden
ones skipped); a GLOB may use *, ? and ** (quote it so the shell leaves it
alone: "reports/**/*.txt").

Each document is appended to the output as one JSON line as soon as it is
parsed: {"file","hash","document":{...}}, where hash is the sha256 of the file's
bytes. A file that cannot be read or parsed is a line too:
{"file","hash"?,"error":{"code","message"}}; it never stops the run. A run that
is killed leaves only whole lines; continue it with --resume. Memory stays flat:
workers share one nodejieba dictionary and run with a capped heap; a report too
large for it (millions of characters) is parsed again by one extra worker
without the cap.

Options:
  --out FILE        the JSONL output (required). Without --resume it must not
                    exist yet, so that no earlier results are overwritten
  --jobs N          worker threads (default and most: ${availableParallelism()}, the number of cores)
  --timeout SECONDS how long one file may take (default 300): a file that runs
                    longer becomes a TIMEOUT error line, and the run goes on
  --resume          continue FILE: skip files it holds with the same path and
                    content hash, parse the rest (changed files again, and
                    their old lines are removed); a cut-off last line is cut
  --tables DIR      afterwards, write documents.csv, sections.csv, metrics.csv
                    and plan-items.csv in DIR for every line of the output;
                    --tables FILE.xlsx writes them as one Excel workbook,
                    a sheet each
  --dict FILE       extra jieba user dictionary (word [freq] [tag] per line); repeatable
  --word WORD       extra word: "词", "词 tag" or "词 freq tag"; repeatable
  --segmenter NAME  nodejieba (default) or node-rs (@node-rs/jieba, optional:
                    faster)
  -h, --help        show this help

Progress goes to stderr: a bar on a terminal (done/total, docs/s, ETA, errors),
otherwise one summary line at the end.

Exit status: 0 when every file was parsed; 1 when any file failed (its error
line is in the output); 2 for a usage error; 74 when the output or the tables
could not be written (a full disk, an unwritable path): the message names the
file, the output keeps whole lines only, and --resume goes on from there.
`;

export async function batchCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      jobs: { type: 'string', short: 'j' },
      timeout: { type: 'string' },
      resume: { type: 'boolean', default: false },
      tables: { type: 'string' },
      dict: { type: 'string', multiple: true },
      word: { type: 'string', multiple: true },
      segmenter: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(batchHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('batch: no DIR, FILE or GLOB given (see baogao batch --help)');
  const out = values.out;
  if (!out) throw new UsageError('batch: --out FILE is required');
  if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(`batch: --jobs wants a positive whole number, not "${values.jobs}"`);
  if (values.timeout !== undefined && !(Number(values.timeout) > 0)) throw new UsageError(`batch: --timeout wants a number of seconds above 0, not "${values.timeout}"`);
  const fileTimeoutMs = values.timeout !== undefined ? Number(values.timeout) * 1000 : undefined;
  // More threads than cores only cost memory (each holds jieba's dictionary): cap them, and say so.
  const cores = availableParallelism();
  const requested = values.jobs ? Number(values.jobs) : cores;
  const jobs = Math.min(requested, cores);
  if (jobs < requested) io.err(`baogao: --jobs ${requested} is more than this machine's ${cores} cores; using ${jobs}\n`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`batch: --out ${out} is a directory`);
  if (!values.resume && existsSync(out) && statSync(out).size > 0) {
    throw new UsageError(`batch: ${out} already exists; add --resume to continue it, or remove it to start afresh`);
  }
  try {
    for (const file of values.dict ?? []) checkDictionaryPath(file);
  } catch (error) {
    if (error instanceof DictionaryError) {
      io.err(`baogao: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    // The output's folder is made as a user would expect (`--out out/corpus.jsonl` on a fresh
    // checkout), and the output tried now: an unwritable path fails before any work is done. A
    // file made only to try it is removed, so a run that ends early leaves none.
    mkdirSync(dirname(resolve(out)), { recursive: true });
    const existed = existsSync(out);
    new LineWriter(out).close();
    if (!existed) rmSync(out, { force: true });
  } catch (error) {
    return outputFailed(error instanceof OutputError ? error : new OutputError(dirname(resolve(out)), 'create the folder', error), io);
  }

  // Workers load jieba (a second or so) while the inputs are walked and the output is checked.
  const pool = startPool({ jobs, dictionaries: values.dict, words: values.word, engine: engineFrom(values.segmenter), fileTimeoutMs });
  try {
    return await run(pool, positionals, out, values, io);
  } catch (error) {
    if (error instanceof OutputError) return outputFailed(error, io);
    throw error;
  } finally {
    await pool.close();
  }
}

/** One message for an output that cannot be written; exit status 74 (EX_IOERR). */
function outputFailed(error: OutputError, io: CliIO): number {
  const next: Record<string, string> = {
    'write to': 'It holds whole lines only; once it can be written, run again with --resume to go on.',
    'prepare to resume': 'It was left as it was.',
    'write the tables in': 'The JSONL output is complete; run again with --resume to write the tables.',
  };
  io.err(`baogao: batch: ${error.message}. ${next[error.doing] ?? 'Nothing was parsed.'}\n`);
  return 74;
}

async function run(
  pool: Pool,
  inputs: string[],
  out: string,
  values: { resume?: boolean; tables?: string },
  io: CliIO,
): Promise<number> {
  const expanded = await expandInputs(inputs);
  if (expanded.files.length === 0 && expanded.errors.length === 0) {
    // Nothing to do is most likely a wrong path or glob: say so, and fail, rather than end silently.
    io.err(`baogao: batch: no report files (${REPORT_EXTENSIONS.join(', ')}) found in ${inputs.join(', ')}\n`);
    return 1;
  }
  const plan: ResumePlan = values.resume
    ? await prepareResume(out, expanded).catch((error: unknown) => {
        throw (error as { code?: unknown }).code ? new OutputError(out, 'prepare to resume', error) : error;
      })
    : { todo: expanded.files, skipped: 0, repaired: 0, dropped: 0 };

  const progress = new Progress({
    write: io.err,
    // Only the real stderr can be a terminal; an injected io (tests) never is.
    tty: io === processIO && process.stderr.isTTY === true,
    columns: process.stderr.columns,
  });
  if (plan.repaired) progress.log(`baogao: ${out}: removed a cut-off last line (${plan.repaired} bytes) left by an interrupted run`);
  if (plan.unreadable) progress.log(`baogao: ${out}: removed ${plan.unreadable} line${plan.unreadable === 1 ? '' : 's'} that ${plan.unreadable === 1 ? 'was' : 'were'} not batch records (not JSON, or no "file")`);
  progress.start(plan.todo.length + expanded.errors.length);

  let documents = 0;
  let errors = 0;
  // Append mode and one write per whole line: a kill at any moment leaves whole lines behind.
  const writer = new LineWriter(out);
  try {
    const emit = ({ line, error }: { line: string; error?: { message: string } }) => {
      writer.write(line);
      if (error) {
        errors++;
        progress.log(`baogao: ${error.message}`);
      } else documents++;
      progress.tick(error !== undefined);
    };
    for (const record of expanded.errors) emit({ line: JSON.stringify(record) + '\n', error: record.error });
    // Lines come serialised from the workers: this loop only writes them.
    for await (const result of pool.run(plan.todo)) emit(result);
  } catch (error) {
    if (error instanceof OutputError) progress.finish(`baogao batch: stopped after ${documents} document${documents === 1 ? '' : 's'} and ${errors} error${errors === 1 ? '' : 's'}`);
    throw error;
  } finally {
    writer.close();
  }
  await pool.close(); // before the tables: idle workers would only hold their memory

  const seconds = progress.elapsed();
  const parts = [`${documents} document${documents === 1 ? '' : 's'}`, `${errors} error${errors === 1 ? '' : 's'}`];
  if (values.resume) parts.push(`${plan.skipped} skipped (already done)`);
  let summary = `baogao batch: ${parts.join(', ')} in ${seconds.toFixed(1)} s (${progress.rate().toFixed(1)} docs/s) → ${out}`;
  if (values.tables) {
    const tables = values.tables;
    // `--tables FILE.xlsx`: one workbook instead of a folder of CSV files.
    const write = tables.toLowerCase().endsWith('.xlsx') ? writeTablesXlsx : writeTables;
    const counts = await write(out, tables).catch((error: unknown) => {
      throw (error as { code?: unknown }).code ? new OutputError(tables, 'write the tables in', error) : error;
    });
    summary += `; tables in ${values.tables}: ${counts.documents} documents, ${counts.sections} sections, ${counts.metrics} metrics, ${counts['plan-items']} plan items`;
  }
  progress.finish(summary);
  return errors ? 1 : 0;
}
