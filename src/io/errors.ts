/** Errors raised while reading a report file. Every message starts with the file it is about. */

export const READ_ERROR_CODES = [
  'ENOENT',
  'EISDIR',
  'EMPTY',
  'BINARY',
  'DECODE',
  'DOCX',
  /** A damaged or unreadable PDF. */
  'PDF',
  /** A damaged Word 97-2003 (.doc) file. */
  'DOC',
  /** A PDF that needs a password to be opened. */
  'ENCRYPTED',
  /** A PDF with pages but no text layer: scanned images, to be OCRed first. */
  'SCANNED',
  'TOO_LARGE',
  'EIO',
] as const;

export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

export class ReadError extends Error {
  override readonly name = 'ReadError';

  /**
   * @param detail what went wrong, without the file name: the message becomes `${file}: ${detail}`.
   */
  constructor(
    readonly code: ReadErrorCode,
    readonly file: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${detail}`, options);
  }
}

/**
 * True for a ReadError. Also accepts a structurally identical error, because `instanceof` fails
 * when two copies of this module are loaded (e.g. a bundled CLI plus the library).
 */
export function isReadError(value: unknown): value is ReadError {
  if (value instanceof ReadError) return true;
  if (!(value instanceof Error) || value.name !== 'ReadError') return false;
  const { code, file } = value as Partial<ReadError>;
  return typeof file === 'string' && (READ_ERROR_CODES as readonly unknown[]).includes(code);
}
