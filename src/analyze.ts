/**
 * The library's front door: a unified processor with every plugin, and helpers that take text or a
 * path and return the JSON document (schema in output/schema.ts).
 */
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { Root } from './tree/types.js';
import reportParse from './parse/plugin.js';
import documentInfo from './document/plugin.js';
import roles from './headings/roles-plugin.js';
import planItems from './plans/plugin.js';
import metrics from './metrics/plugin.js';
import { createSegmenter, type EngineName, type Segmenter } from './segment/segmenter.js';
import { readReport } from './io/read.js';
import { toDocument, type SourceInfo } from './output/document.js';
import { documentToSource, SourceMapper } from './output/to-source.js';
import { normalize, OffsetMap } from './normalize/index.js';
import type { ReportFormat } from './io/read.js';
import type { ReportDocumentJson } from './output/schema.js';

export interface AnalyzeOptions {
  /** Extra jieba user dictionaries (checked: a missing path throws DictionaryError). */
  dictionaries?: string[];
  /** Extra single words, `词` or `词 tag`. */
  words?: string[];
  /** The jieba engine: `nodejieba` (default) or `node-rs` (@node-rs/jieba, an optional dependency). */
  engine?: EngineName;
  /** A segmenter to reuse; overrides dictionaries/words. */
  segmenter?: Segmenter;
  /**
   * See through presentation before analysis (default true): PDF line wraps and page numbers,
   * scraped one-line pages, full-width forms, ASCII punctuation, traditional script. Offsets
   * still index the text as given.
   */
  normalize?: boolean;
}

export function createProcessor(options: AnalyzeOptions = {}): Processor<Root, Root, Root> {
  const segmenter = options.segmenter ?? createSegmenter({ dictionaries: options.dictionaries, words: options.words, engine: options.engine });
  // Order matters: roles need the kind, plan items need roles and metrics (their targets).
  return unified()
    .use(reportParse)
    .use(documentInfo)
    .use(roles)
    .use(metrics, { segmenter })
    .use(planItems, { segmenter }) as unknown as Processor<Root, Root, Root>;
}

/** Runs the processor over one text as it stands; the VFile carries the diagnostics and the extracted facts. */
export function analyzeTree(text: string, options: AnalyzeOptions & { path?: string; processor?: Processor<Root, Root, Root> } = {}) {
  const processor = options.processor ?? createProcessor(options);
  const file = new VFile({ value: text, path: options.path });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, file };
}

/** Everything known about one report. */
export interface AnalyzedReport {
  /** The text as read: `document`'s offsets index it. */
  source: string;
  /** The facts, with offsets into `source` and words quoted from it: what is printed. */
  document: ReportDocumentJson;
  /** The normalised text the analysers read (see normalize/): `tree`, `file` and `analysis` index it. */
  text: string;
  /** From offsets in `text` to offsets in `source`. */
  map: OffsetMap;
  /** Start offset in `source` of each page, for a paged format (.pdf). */
  pages?: number[];
  tree: Root;
  file: VFile;
  /** The same facts as `document`, with offsets into `text`: what comparison works on. */
  analysis: ReportDocumentJson;
}

export interface ReportInput {
  /** The text as read. */
  text: string;
  file?: string | null;
  encoding?: string | null;
  format?: ReportFormat | null;
  pages?: number[];
}

/**
 * Normalises the text (unless `normalize: false`), runs the processor over it and maps the facts
 * back to the text as read. What normalisation did is reported as info messages.
 */
export function analyzeReport(
  input: ReportInput | string,
  options: AnalyzeOptions & { processor?: Processor<Root, Root, Root>; source?: Partial<SourceInfo> } = {},
): AnalyzedReport {
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null || typeof (input as ReportInput).text !== 'string')) {
    throw new TypeError(`analyzeReport: expected the report's text as a string, or { text: string, … }; got ${input === null ? 'null' : typeof input}`);
  }
  const read: ReportInput = typeof input === 'string' ? { text: input } : input;
  const source = read.text;
  const normalized = options.normalize === false ? { text: source, map: OffsetMap.identity(source.length), notes: [] } : normalize(source);
  const info: SourceInfo = { file: read.file ?? null, encoding: read.encoding ?? null, format: read.format ?? null, ...options.source };
  const { tree, file } = analyzeTree(normalized.text, { ...options, path: info.file ?? undefined });
  for (const note of normalized.notes) file.info(note.reason, { ruleId: note.ruleId, source: 'baogao-normalize' });
  const analysis = toDocument(tree, file, info);
  const document = documentToSource(analysis, { text: source, normalized: normalized.text, map: normalized.map, pages: read.pages });
  return { source, document, text: normalized.text, map: normalized.map, ...(read.pages ? { pages: read.pages } : {}), tree, file, analysis };
}

/** Maps spans of a report's normalised text to its source, and quotes the source's words. */
export function sourceMapper(report: AnalyzedReport): SourceMapper {
  return new SourceMapper({ text: report.source, normalized: report.text, map: report.map, pages: report.pages });
}

/** Reads and analyses a report file, keeping the tree (for comparison and trends). Throws ReadError. */
export async function loadReport(path: string, options: AnalyzeOptions & { processor?: Processor<Root, Root, Root> } = {}): Promise<AnalyzedReport> {
  const read = await readReport(path);
  return analyzeReport({ text: read.text, file: path, encoding: read.encoding, format: read.format, pages: read.pages }, options);
}

/** Analyses a text; offsets index `text` as given. */
export function analyzeText(text: string, options: AnalyzeOptions & { source?: Partial<SourceInfo> } = {}): ReportDocumentJson {
  return analyzeReport(text, options).document;
}

/** Reads a report file (.txt/.md in UTF-8, UTF-16 or GB18030; .docx, .pdf, .html, .doc) and analyses it. Throws ReadError naming the file. */
export async function analyzeFile(path: string, options: AnalyzeOptions & { processor?: Processor<Root, Root, Root> } = {}): Promise<ReportDocumentJson> {
  return (await loadReport(path, options)).document;
}
