/**
 * baogao: Chinese work reports (工作总结, 工作要点, 半年总结, 政府工作报告) as structured, checkable data.
 *
 *   import { analyzeFile, compareFiles, ReportDocument } from 'baogao';
 *
 * Every offset is a UTF-16 index into the text as read: `text.slice(start, end)` is the quoted span.
 */

// Analysing one report
export { analyzeText, analyzeFile, analyzeReport, loadReport, analyzeTree, createProcessor } from './analyze.js';
export { sourceMapper } from './analyze.js';
export type { AnalyzeOptions, AnalyzedReport, ReportInput } from './analyze.js';

// Normalisation: how a report was presented (PDF wraps, scraped pages, widths, scripts) seen through
export { normalize, OffsetMap, type Normalized, type NormalizeNote } from './normalize/index.js';
export { documentToSource, SourceMapper, pageAt, type SourceText } from './output/to-source.js';

// The unified plugins, for building your own pipeline
export { default as reportParse } from './parse/plugin.js';
export { parseReport } from './parse/parser.js';
export { default as documentInfo } from './document/plugin.js';
export { default as roles } from './headings/roles-plugin.js';
export { default as metrics, type MetricsOptions } from './metrics/plugin.js';
export { default as planItems } from './plans/plugin.js';
export { extractMetrics, type Metric } from './metrics/extract.js';
export { loadUnits } from './metrics/units.js';
export { roleOfTitle } from './headings/roles.js';
export { detectKind, type Kind } from './document/kind.js';
export { detectYear } from './document/year.js';
export type { Root, Section, Heading, Paragraph, Sentence, Level, Role } from './tree/types.js';

// Segmentation and dictionaries
export { createSegmenter, DictionaryError, checkDictionaryPath } from './segment/segmenter.js';
export type { Segmenter, SegmenterOptions, Token } from './segment/segmenter.js';
export { categoryOf, isCategoryTag, isNounTag, type TermCategory } from './segment/categories.js';
export { dictionaryPath } from './segment/dictionaries.js';

// Reading files
export { readReport, decodeBytes, ReadError, isReadError } from './io/index.js';
export type { ReadOptions, ReadResult, ReadErrorCode } from './io/index.js';

// Comparison across reports
export { compare, compareFiles, polarityOf, isMet, convert, compatibleUnits, lowerIsBetter, matchTasks } from './compare/index.js';
export type { CompareOptions, Polarity, Status, Evidence, ItemResult } from './compare/index.js';
export { trend, orderByYear, type TrendOptions } from './compare/trend.js';

// Proofreading: lint rules as unified plugins, and their reporters
export { lint, RULES, severities, UnknownRuleError, type LintMessage, type LintOptions, type LintRule, type Severity } from './lint/index.js';
export { lintToSarif, lintToText, type LintResult } from './output/lint-report.js';

// Archives: worker-thread batches with resume and tables
export { batch, expandInputs, writeTables, writeTablesXlsx, isErrorRecord, LineWriter, OutputError, type BatchOptions, type BatchRecord, type BatchDocumentRecord, type BatchErrorRecord } from './batch/index.js';

// Output: zod schemas of everything printed, and the writers
export * from './output/schema.js';
export { toDocument } from './output/document.js';
export { metricsToCsv, type MetricRow } from './output/metrics-csv.js';
export { documentsToMarkdown } from './output/document-markdown.js';
export { comparisonToMarkdown, comparisonToCsv } from './output/compare-report.js';
export { comparisonToDocx, comparisonToDocxDocument } from './output/compare-docx.js';
export { comparisonToHtml } from './output/compare-html.js';
export { trendToHtml } from './output/trend-html.js';
export { comparisonSheets, sheetsToXlsx, trendSheets, type Sheet } from './output/xlsx.js';
export { trendToMarkdown, trendToCsv } from './output/trend-report.js';
export { jsonSchema } from './output/json-schema.js';
