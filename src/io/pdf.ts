/**
 * PDF → text lines, rebuilt from the positions of the text items, with page furniture (page
 * numbers, running headers and footers) dropped by where it sits on the page.
 *
 * pdfjs-dist (Mozilla's PDF.js, legacy build for Node) rather than unpdf: unpdf's current releases
 * need Node 22, and it bundles the same PDF.js anyway. PDF.js is pure JavaScript (its optional
 * @napi-rs/canvas is for rendering, never done here), reads CID fonts through its bundled CMaps —
 * which Chinese PDFs with non-embedded fonts (STSong-Light, UniGB-UCS2-H) need — and handles
 * encryption. It is loaded on the first PDF only.
 *
 * The line text is handed over as the page shows it: wrapped lines stay separate lines (joining
 * them is the normaliser's job). What is done here:
 * - items on one baseline are joined in x order, a new line where the baseline changes;
 * - no space between CJK glyphs: PDF.js puts a space wherever glyphs stand apart (justified or
 *   auto-spaced lines: `召开党委会 3 次`), so spaces next to a CJK character are removed, and a space
 *   is inserted only for a word gap between non-CJK runs, or for a gap wider than 1.5 em (table
 *   columns, tab stops);
 * - a line in the top or bottom band of a page (FURNITURE_BAND of its height) is dropped if it is
 *   a page number (`— 3 —`, `第3页 共10页`, `3/10`), or if the same text, digits ignored, stands in
 *   that band on at least two pages and on half of them or more (a running header or footer);
 * - rotated text (diagonal watermarks) is left out.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ReadError } from './errors.js';
import { isBareNumber, isPageNumberLine } from '../text/page-numbers.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy;

/** A text item placed on its page: (x, y) is its baseline start, y measured from the page top. */
export interface PlacedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (em), in the same units as x and y. */
  size: number;
}

export interface PdfLine {
  text: string;
  /** Baseline, from the page top. */
  y: number;
}

export interface PdfPage {
  height: number;
  lines: PdfLine[];
}

/** Share of the page height, at its top and at its bottom, where headers, footers and page numbers sit. */
export const FURNITURE_BAND = 0.12;

export interface PdfText {
  text: string;
  /** Offset in `text` where each page starts. */
  pages: number[];
}

export async function pdfText(path: string, bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfJs(path);
  const assets = pdfjsAssets();
  const task = pdfjs.getDocument({
    // A copy: PDF.js refuses a Buffer and may take over the bytes it is given.
    data: new Uint8Array(bytes),
    // No warnings: PDF.js writes them with console.log, and stdout carries data only.
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    cMapUrl: `${assets}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}/standard_fonts/`,
    wasmUrl: `${assets}/wasm/`,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'PasswordException') {
        throw new ReadError('ENCRYPTED', path, 'PDF is password-protected', { cause: error });
      }
      throw damaged(path, error);
    }
    const pages: PdfPage[] = [];
    try {
      for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items: PlacedItem[] = [];
        for (const item of content.items) {
          if (!('str' in item) || !item.str.trim()) continue;
          // Into the viewport's space: y from the top, the page's /Rotate and crop box applied.
          const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
          if (Math.abs(b) > Math.abs(a) * 0.01 || Math.abs(c) > Math.abs(d) * 0.01) continue; // rotated
          items.push({ str: item.str, x, y, width: item.width, size: item.height || Math.hypot(c, d) });
        }
        pages.push({ height: viewport.height, lines: linesOfItems(items) });
        page.cleanup();
      }
    } catch (error) {
      throw damaged(path, error);
    }
    const kept = dropFurniture(pages);
    if (!kept.some((lines) => lines.some((line) => /\S/u.test(line)))) {
      if (document.numPages > 0 && (await paintsImages(pdfjs, document))) {
        throw new ReadError('SCANNED', path, 'PDF has no text layer, only images (a scan? run OCR on it first)');
      }
      throw new ReadError('EMPTY', path, 'PDF contains no text');
    }
    const starts: number[] = [];
    let text = '';
    kept.forEach((lines, i) => {
      if (i > 0) text += '\n';
      starts.push(text.length);
      text += lines.join('\n');
    });
    return { text, pages: starts };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** Whether one of the first pages draws an image: a PDF without text that does is a scan. */
async function paintsImages(pdfjs: PdfJs, document: PdfDocument): Promise<boolean> {
  const { OPS } = pdfjs;
  const paints = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask,
  ]);
  try {
    for (let number = 1; number <= Math.min(3, document.numPages); number++) {
      const { fnArray } = await (await document.getPage(number)).getOperatorList();
      if (fnArray.some((fn) => paints.has(fn))) return true;
    }
  } catch {
    // a page that cannot be drawn: no evidence of a scan
  }
  return false;
}

function damaged(path: string, error: unknown): ReadError {
  const message = error instanceof Error ? error.message : String(error);
  return new ReadError('PDF', path, `cannot read as PDF (${message})`, { cause: error });
}

let loading: Promise<PdfJs> | undefined;

function loadPdfJs(path: string): Promise<PdfJs> {
  // PDF.js warns on stderr (console.warn), and only at import: stdout is never written to.
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loading.catch((error: unknown) => {
    loading = undefined;
    const message = error instanceof Error ? error.message : String(error);
    // Without @napi-rs/canvas (an optional dependency of pdfjs-dist) PDF.js 5 fails at import.
    const hint = /DOMMatrix|Path2D|ImageData/.test(message) ? '; it needs its optional dependency @napi-rs/canvas' : '';
    throw new ReadError('PDF', path, `cannot load the PDF reader pdfjs-dist (${message}${hint})`, { cause: error });
  });
}

/**
 * pdfjs-dist's folder: its CMaps, standard fonts and wasm decoders are files in it, read with fs
 * (PDF.js wants these paths to end in "/", which fs takes on every platform).
 */
function pdfjsAssets(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

// --- lines from positions -------------------------------------------------------------------

/** CJK characters and the full-width punctuation set with them: no space is ever wanted beside one. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026\u00b7\u2e80-\u2eff\u31c0-\u31ef]/u;
// A run before a wide character is taken from its first space only: from inside it, each start would rescan the run.
const SPACES_BESIDE_WIDE = new RegExp(`(?<=${WIDE.source})[ \\t\\u00a0]+|(?<![ \\t\\u00a0])[ \\t\\u00a0]+(?=${WIDE.source})`, 'gu');

/** An item's text with PDF.js's spaces beside CJK characters removed and other runs of spaces made one. */
function cleanItem(str: string): string {
  return str.replace(SPACES_BESIDE_WIDE, '').replace(/[ \t\u00a0]{2,}/g, ' ');
}

/**
 * Items into lines: grouped by baseline (within 0.4 of the smaller font size), each line in x
 * order, lines from the top of the page down.
 */
export function linesOfItems(items: PlacedItem[]): PdfLine[] {
  const sorted = items.filter((item) => item.str.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PlacedItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (first && Math.abs(item.y - first.y) <= 0.4 * Math.min(item.size || 1, first.size || 1)) group.push(item);
    else groups.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let previous: PlacedItem | undefined;
    for (const item of group) {
      const str = cleanItem(item.str);
      if (previous) {
        const left = text.trimEnd();
        const right = str.replace(/^\s+/u, '');
        const spaced = left.length < text.length || right.length < str.length;
        const gap = item.x - (previous.x + previous.width);
        const em = Math.max(previous.size, item.size) || 1;
        const wide = WIDE.test(left.slice(-1)) || WIDE.test(right.charAt(0));
        const space = gap > 1.5 * em || (!wide && (spaced || gap > 0.2 * em));
        text = left + (space ? ' ' : '') + right;
      } else {
        text = str;
      }
      previous = item;
    }
    text = text.trim();
    if (text) lines.push({ text, y: group[0].y });
  }
  return lines;
}

// --- page furniture -------------------------------------------------------------------------

/** A page number: in a page's margin band a bare number is one too. */
export function isPageNumber(line: string): boolean {
  return isPageNumberLine(line) || isBareNumber(line);
}

/** A line's text for recognising a running header or footer: the page number in it does not count. */
function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/gu, '');
}

/**
 * Each page's line texts without its furniture: page numbers in the top or bottom band, and lines
 * that stand in the same band, with the same text but for digits, on at least two pages and on
 * half of them or more.
 */
export function dropFurniture(pages: PdfPage[]): string[][] {
  const bandOf = (page: PdfPage, line: PdfLine): 'top' | 'bottom' | null =>
    line.y <= page.height * FURNITURE_BAND ? 'top' : line.y >= page.height * (1 - FURNITURE_BAND) ? 'bottom' : null;
  const pagesWith = new Map<string, Set<number>>();
  pages.forEach((page, index) => {
    for (const line of page.lines) {
      const band = bandOf(page, line);
      if (!band) continue;
      const key = `${band}\n${furnitureKey(line.text)}`;
      let seen = pagesWith.get(key);
      if (!seen) pagesWith.set(key, (seen = new Set()));
      seen.add(index);
    }
  });
  const running = (key: string) => {
    const count = pagesWith.get(key)?.size ?? 0;
    return count >= 2 && count * 2 >= pages.length;
  };
  return pages.map((page) =>
    page.lines
      .filter((line) => {
        const band = bandOf(page, line);
        return !band || !(isPageNumber(line.text) || running(`${band}\n${furnitureKey(line.text)}`));
      })
      .map((line) => line.text),
  );
}
