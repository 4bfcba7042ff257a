/**
 * `--tables DIR`: documents.csv, sections.csv, metrics.csv and plan-items.csv for every record of
 * a batch output. Built by streaming the JSONL file line by line, so the tables cover everything
 * the output holds (earlier, resumed runs too) without keeping documents in memory.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import type { MetricJson, PlanItemJson, SectionJson } from '../output/schema.js';
import { readRecords } from './jsonl.js';
import { isErrorRecord, type BatchRecord } from './types.js';

type Cell = string | number | boolean | null | undefined;

/** Titles of enclosing sections are joined with this in the `path`/`section` columns. */
const PATH_SEPARATOR = ' > ';

const TABLES = {
  documents: ['file', 'hash', 'status', 'errorCode', 'errorMessage', 'encoding', 'format', 'length', 'kind', 'year', 'title', 'sections', 'metrics', 'planItems', 'warnings'],
  sections: ['file', 'index', 'depth', 'path', 'level', 'marker', 'ordinal', 'title', 'role', 'start', 'end', 'titleStart', 'titleEnd'],
  metrics: ['file', 'quantity', 'value', 'valueMax', 'unit', 'approx', 'masked', 'action', 'object', 'start', 'end', 'sentenceStart', 'sentenceEnd', 'section'],
  'plan-items': ['file', 'marker', 'level', 'title', 'year', 'start', 'end', 'bodyStart', 'bodyEnd', 'section'],
} as const;

type TableName = keyof typeof TABLES;
export type TableCounts = Record<TableName, number>;

/** The rows one record contributes to each table. */
export function tableRows(record: BatchRecord): Record<TableName, Cell[][]> {
  if (isErrorRecord(record)) {
    return {
      documents: [[record.file, record.hash ?? '', 'error', record.error.code, record.error.message, ...Array<Cell>(10).fill('')]],
      sections: [],
      metrics: [],
      'plan-items': [],
    };
  }
  const { file, hash, document: d } = record;
  const sections: Cell[][] = [];
  const walk = (list: SectionJson[], index: string, titles: string[]) =>
    list.forEach((s, i) => {
      const at = index ? `${index}.${i + 1}` : String(i + 1);
      const path = [...titles, s.title];
      sections.push([file, at, path.length, path.join(PATH_SEPARATOR), s.level, s.marker, s.ordinal, s.title, s.role ?? '', s.start, s.end, s.titleStart, s.titleEnd]);
      walk(s.children, at, path);
    });
  walk(d.sections, '', []);
  const metric = (m: MetricJson): Cell[] => [
    file, m.quantity, m.value, m.valueMax, m.unit, m.approx, m.masked, m.action, m.object, m.start, m.end, m.sentence.start, m.sentence.end, m.section.join(PATH_SEPARATOR),
  ];
  const planItem = (p: PlanItemJson): Cell[] => [file, p.marker, p.level, p.title, p.year, p.start, p.end, p.body.start, p.body.end, p.section.join(PATH_SEPARATOR)];
  const warnings = d.diagnostics.filter((x) => x.severity !== 'info').length;
  return {
    documents: [[file, hash, 'ok', '', '', d.encoding, d.format, d.length, d.kind, d.year, d.title?.text ?? '', sections.length, d.metrics.length, d.planItems.length, warnings]],
    sections,
    metrics: d.metrics.map(metric),
    'plan-items': d.planItems.map(planItem),
  };
}

/** Writes the four tables for the JSONL file `jsonl` into `dir`; each appears whole (renamed into place at the end). */
export async function writeTables(jsonl: string, dir: string): Promise<TableCounts> {
  await mkdir(dir, { recursive: true });
  const names = Object.keys(TABLES) as TableName[];
  const outputs = new Map<TableName, { csv: Stringifier; file: WriteStream; done: Promise<void>; temporary: string; final: string }>();
  const counts = {} as TableCounts;
  for (const name of names) {
    const final = join(dir, `${name}.csv`);
    const temporary = `${final}.tmp-${process.pid}`;
    // A BOM so that spreadsheet programs read the Chinese text as UTF-8.
    const csv = stringify({ header: true, columns: [...TABLES[name]], bom: true, cast: { boolean: (b) => String(b) } });
    const file = createWriteStream(temporary);
    // pipeline: a write error (a full disk) destroys the stringifier too, so a wait for 'drain'
    // ends with the error instead of never.
    const done = pipeline(csv, file);
    done.catch(() => {}); // awaited below; an early failure is seen there or by the drain wait
    outputs.set(name, { csv, file, done, temporary, final });
    counts[name] = 0;
  }
  try {
    for await (const { record } of readRecords(jsonl)) {
      if (!record) continue;
      const rows = tableRows(record);
      for (const name of names) {
        const { csv } = outputs.get(name)!;
        for (const row of rows[name]) {
          counts[name]++;
          // Honour backpressure: the stringifier buffers while the disk catches up.
          if (!csv.write(row)) await once(csv, 'drain');
        }
      }
    }
    for (const { csv, done } of outputs.values()) {
      csv.end();
      await done;
    }
    for (const { temporary, final } of outputs.values()) await rename(temporary, final);
  } catch (error) {
    // A full disk or a vanished folder: no half-written temporaries are left beside the tables.
    for (const { csv, file, temporary } of outputs.values()) {
      csv.destroy();
      file.destroy();
      await rm(temporary, { force: true });
    }
    throw error;
  }
  return counts;
}

/** Columns that hold prose get room; the rest are codes, numbers and offsets. */
const WIDE = new Set(['file', 'title', 'path', 'section', 'errorMessage', 'object', 'action']);

/**
 * The same four tables as one Excel workbook (`--tables FILE.xlsx`), a sheet each, header frozen and
 * filtered, numbers as numbers. exceljs's streaming writer keeps memory flat however large the
 * output; the file appears whole (written beside it, then renamed into place).
 */
export async function writeTablesXlsx(jsonl: string, file: string): Promise<TableCounts> {
  const { default: ExcelJS } = await import('exceljs');
  await mkdir(dirname(resolve(file)), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useSharedStrings: false, useStyles: true });
  const names = Object.keys(TABLES) as TableName[];
  const counts = {} as TableCounts;
  const sheets = new Map(
    names.map((name) => {
      counts[name] = 0;
      const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = TABLES[name].map((header) => ({ header, key: header, width: WIDE.has(header) ? 40 : Math.max(8, header.length + 2) }));
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TABLES[name].length } };
      sheet.getRow(1).font = { bold: true };
      return [name, sheet] as const;
    }),
  );
  try {
    for await (const { record } of readRecords(jsonl)) {
      if (!record) continue;
      const rows = tableRows(record);
      for (const name of names) {
        for (const row of rows[name]) {
          counts[name]++;
          sheets.get(name)!.addRow(row.map((v) => v ?? null)).commit();
        }
      }
    }
    for (const sheet of sheets.values()) sheet.commit();
    await workbook.commit();
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return counts;
}
