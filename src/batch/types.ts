import type { ReportDocumentJson } from '../output/schema.js';

/** One parsed file: `hash` is the sha256 (hex) of the file's bytes. */
export interface BatchDocumentRecord {
  file: string;
  hash: string;
  document: ReportDocumentJson;
}

/** A file that could not be read or parsed. `hash` is missing when the bytes could not be read. */
export interface BatchErrorRecord {
  file: string;
  hash?: string;
  error: { code: string; message: string };
}

export type BatchRecord = BatchDocumentRecord | BatchErrorRecord;

export function isErrorRecord(record: BatchRecord): record is BatchErrorRecord {
  return 'error' in record;
}
