/**
 * Reading a report file into text: .txt/.md/any text, .docx, .pdf, .html/.htm, .doc. Every
 * failure is a ReadError. The readers of the other formats are modules of their own, loaded
 * (with the library behind each) only when a file of that format comes.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeBytes, type TextEncoding } from './decode.js';
import { listMarkers } from './docx-numbering.js';
import { ReadError, isReadError } from './errors.js';
import { looksLikeHtml } from './html.js';
import { expansionProblem, type ZipLimits } from './zip-limits.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions extends ZipLimits {
  /** Files larger than this are refused with TOO_LARGE (default 50 MiB). */
  maxBytes?: number;
  /**
   * Texts longer than this, once read (a .docx or PDF may hold far more text than its bytes
   * suggest), are refused with TOO_LARGE (default 30 million characters: a long report has 100,000).
   */
  maxCharacters?: number;
}

export const DEFAULT_MAX_CHARACTERS = 30_000_000;

/** The kind of file a report was read from. */
export type ReportFormat = 'text' | 'docx' | 'pdf' | 'html' | 'doc';

export interface ReadResult {
  /** The path as given. */
  path: string;
  text: string;
  /** For .docx, .pdf and .doc this is 'utf-8': their readers hand back Unicode text, no byte encoding is involved. */
  encoding: TextEncoding;
  format: ReportFormat;
  /**
   * Paged formats (.pdf): the offset in `text` where each page starts (`pages[0]` is 0), so a fact
   * at offset o is on page `1 + (the last index whose start ≤ o)`. Absent for unpaged formats.
   */
  pages?: number[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** The OLE compound file signature, which Word 97–2003 files have (as do .xls/.ppt). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readReport(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return reportFromBytes(path, await readBytes(path, maxBytes), options);
}

/** A report file's bytes, already read (by batch, which hashes them too), into text: readReport less the reading. */
export async function reportFromBytes(path: string, bytes: Buffer, limits: Omit<ReadOptions, 'maxBytes'> = {}): Promise<ReadResult> {
  const result = await readFormat(path, bytes, limits);
  const max = limits.maxCharacters ?? DEFAULT_MAX_CHARACTERS;
  if (result.text.length > max) throw new ReadError('TOO_LARGE', path, `its text of ${result.text.length} characters is more than the limit of ${max}`);
  return result;
}

async function readFormat(path: string, bytes: Buffer, limits: ZipLimits): Promise<ReadResult> {
  // Before the format split, so an empty .docx is EMPTY rather than a mammoth failure.
  if (bytes.length === 0) throw new ReadError('EMPTY', path, 'file is empty');
  switch (formatOf(path, bytes)) {
    case 'docx': {
      // Checked before anything is inflated (zip-limits.ts).
      const problem = expansionProblem(bytes, limits);
      if (problem) throw new ReadError('TOO_LARGE', path, `.docx ${problem}`);
      return { path, text: await docxText(path, bytes), encoding: 'utf-8', format: 'docx' };
    }
    case 'pdf': {
      const { pdfText } = await import('./pdf.js');
      const { text, pages } = await pdfText(path, bytes);
      return { path, text, encoding: 'utf-8', format: 'pdf', pages };
    }
    case 'doc': {
      const { docText } = await import('./doc.js');
      return { path, text: await docText(path, bytes), encoding: 'utf-8', format: 'doc' };
    }
    case 'html': {
      const { htmlText } = await import('./html.js');
      const { text, encoding } = await htmlText(path, bytes);
      return { path, text, encoding, format: 'html' };
    }
    case 'text': {
      const { text, encoding } = decodeBytes(bytes, path);
      return { path, text, encoding, format: 'text' };
    }
  }
}

/**
 * By the file's first bytes where a format has a signature, so that a file saved under another
 * name (or none) is still read as what it is; else by extension; else text. An HTML page is
 * known by `<!doctype html` / `<html` at its start (so is a web page saved under a .doc name, as
 * sites often serve them) or by its extension.
 */
function formatOf(path: string, bytes: Uint8Array): ReportFormat {
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, OLE_MAGIC)) return 'doc';
  if (startsWith(bytes, ZIP_MAGIC)) return 'docx';
  if (looksLikeHtml(bytes)) return 'html';
  switch (extname(path).toLowerCase()) {
    case '.docx':
      return 'docx';
    case '.pdf':
      return 'pdf';
    case '.doc':
      return 'doc';
    case '.html':
    case '.htm':
      return 'html';
    default:
      return 'text';
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** mammoth's document model, as far as text goes. */
interface DocxElement {
  type: string;
  value?: string;
  numbering?: unknown;
  children?: DocxElement[];
}

/**
 * The document's text as mammoth's raw-text conversion gives it (paragraphs end in "\n\n", tabs
 * stay), with Word's list numbers put back before the numbered paragraphs (docx-numbering.ts).
 */
function rawText(element: DocxElement, markers: string[] | null, next: { at: number }): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  const marker = element.type === 'paragraph' && element.numbering && markers ? (markers[next.at++] ?? '') : '';
  const inner = (element.children ?? []).map((c) => rawText(c, markers, next)).join('');
  return element.type === 'paragraph' ? marker + inner + '\n\n' : inner;
}

function countNumbered(element: DocxElement): number {
  const own = element.type === 'paragraph' && element.numbering ? 1 : 0;
  return own + (element.children ?? []).reduce((n, c) => n + countNumbered(c), 0);
}

/** Word's list markers of a .docx, or null where it has no numbering part. */
async function docxMarkers(bytes: Buffer): Promise<string[] | null> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const numbering = await zip.file('word/numbering.xml')?.async('string');
  const document = await zip.file('word/document.xml')?.async('string');
  return numbering && document ? listMarkers(document, numbering) : null;
}

async function docxText(path: string, bytes: Buffer): Promise<string> {
  let raw: string;
  try {
    // Loaded on the first .docx: most archives are text, and every batch worker would carry it.
    const { default: mammoth } = await import('mammoth');
    let document: DocxElement | undefined;
    // The HTML is not used: converting is how mammoth hands over its document model.
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        transformDocument: (d: DocxElement) => ((document = d), d),
        // images are never read: only the text is wanted
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    // Only a document with numbered paragraphs is opened a second time, for its numbering part.
    const numbered = document ? countNumbered(document) : 0;
    let markers: string[] | null = null;
    if (numbered > 0) {
      try {
        markers = await docxMarkers(bytes);
      } catch {
        markers = null; // numbering we cannot read: the text as mammoth gives it
      }
    }
    // The markers pair with mammoth's numbered paragraphs one to one, or not at all.
    if (markers && markers.length !== numbered) markers = null;
    raw = document ? rawText(document, markers, { at: 0 }) : '';
  } catch (error) {
    throw new ReadError('DOCX', path, `cannot read as .docx (${reason(error)})`, { cause: error });
  }
  // mammoth ends every paragraph with "\n\n"; one "\n" makes paragraphs lines, as in .txt reports.
  const text = raw.replace(/\n\n/g, '\n');
  if (!/\S/u.test(text)) throw new ReadError('EMPTY', path, 'document contains no text');
  return text;
}

async function readBytes(path: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fsError(path, error);
  }
  try {
    // fstat on the open handle: no window for the file to be swapped between check and read.
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new ReadError('EISDIR', path, 'is a directory, not a file');
    if (stat.size > maxBytes) throw tooLarge(path, `${stat.size} bytes`, maxBytes);
    // Read until EOF rather than trusting stat.size: pipes report 0 and files can grow meanwhile.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = Math.max(64 * 1024, Math.min(stat.size + 1, maxBytes + 1));
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkSize);
      const { bytesRead } = await handle.read(buffer, 0, chunkSize, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, `more than ${maxBytes} bytes`, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (isReadError(error)) throw error;
    throw fsError(path, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(path: string, size: string, maxBytes: number): ReadError {
  return new ReadError('TOO_LARGE', path, `file is too large (${size}; the limit is ${maxBytes} bytes)`);
}

function fsError(path: string, error: unknown): ReadError {
  const code = (error as { code?: unknown } | null)?.code;
  // ENOTDIR: a path component is a file (a.txt/b.txt) — for the user that file does not exist.
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ReadError('ENOENT', path, 'no such file', { cause: error });
  if (code === 'EISDIR') return new ReadError('EISDIR', path, 'is a directory, not a file', { cause: error });
  return new ReadError('EIO', path, `cannot read file (${reason(error)})`, { cause: error });
}

/** A short reason: Node's "EACCES: permission denied, open 'x'" without the repeated path. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && message.startsWith(`${code}:`) ? message.split(', ')[0] : message;
}
