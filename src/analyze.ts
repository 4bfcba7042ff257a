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

/** Runs the processor over one text; the VFile carries the diagnostics and the extracted facts. */
export function analyzeTree(text: string, options: AnalyzeOptions & { path?: string; processor?: Processor<Root, Root, Root> } = {}) {
  const processor = options.processor ?? createProcessor(options);
  const file = new VFile({ value: text, path: options.path });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, file };
}

/** Everything known about one report: its text, tree, VFile and JSON document. */
export interface AnalyzedReport {
  text: string;
  tree: Root;
  file: VFile;
  document: ReportDocumentJson;
}

export function analyzeReport(text: string, options: AnalyzeOptions & { processor?: Processor<Root, Root, Root>; source?: Partial<SourceInfo> } = {}): AnalyzedReport {
  const { tree, file } = analyzeTree(text, { ...options, path: options.source?.file ?? undefined });
  const document = toDocument(tree, file, { file: null, encoding: null, format: null, ...options.source });
  return { text, tree, file, document };
}

/** Reads and analyses a report file, keeping the tree (for comparison and trends). Throws ReadError. */
export async function loadReport(path: string, options: AnalyzeOptions & { processor?: Processor<Root, Root, Root> } = {}): Promise<AnalyzedReport> {
  const read = await readReport(path);
  return analyzeReport(read.text, { ...options, source: { file: path, encoding: read.encoding, format: read.format } });
}

export function analyzeText(text: string, options: AnalyzeOptions & { source?: Partial<SourceInfo> } = {}): ReportDocumentJson {
  const { tree, file } = analyzeTree(text, options);
  return toDocument(tree, file, { file: null, encoding: null, format: null, ...options.source });
}

/** Reads a .txt/.md/.docx report (UTF-8, UTF-16, GB18030) and analyses it. Throws ReadError naming the file. */
export async function analyzeFile(path: string, options: AnalyzeOptions & { processor?: Processor<Root, Root, Root> } = {}): Promise<ReportDocumentJson> {
  const read = await readReport(path);
  const { tree, file } = analyzeTree(read.text, { ...options, path });
  return toDocument(tree, file, { file: path, encoding: read.encoding, format: read.format });
}
