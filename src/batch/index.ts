/** Batch parsing of whole archives: the library side of `baogao batch`. */
export { batch, startPool, type BatchOptions } from './batch.js';
export type { Pool } from './pool.js';
export type { LineResult } from './worker.js';
export { expandInputs, isReportFile, REPORT_EXTENSIONS, type Expanded } from './walk.js';
export { planGlob, isGlob, type GlobPlan } from './glob.js';
export { hashFile, sha256 } from './hash.js';
export { LineWriter, OutputError, prepareResume, readRecords, repairLastLine, writeLine, type ResumePlan } from './jsonl.js';
export { writeTables, writeTablesXlsx, tableRows, type TableCounts } from './tables.js';
export { isErrorRecord, type BatchRecord, type BatchDocumentRecord, type BatchErrorRecord } from './types.js';
