/** Plan-versus-report comparison and cross-year trends. */
import { createProcessor, loadReport, type AnalyzeOptions } from '../analyze.js';
import { createSegmenter } from '../segment/segmenter.js';
import type { ComparisonJson } from '../output/schema.js';
import { compare, type CompareOptions } from './compare.js';

export { compare, type CompareOptions } from './compare.js';
export { clauseAround, periodRank, yearFigures } from './periods.js';
export { polarityOf, isMet, convert, compatibleUnits, lowerIsBetter, type Polarity } from './targets.js';
export { matchTasks, DEFAULT_THRESHOLDS, type ItemResult, type Status, type Evidence } from './items.js';

/** Reads both files and compares last year's plan with this year's review. Throws ReadError. */
export async function compareFiles(planPath: string, reportPath: string, options: AnalyzeOptions & CompareOptions = {}): Promise<ComparisonJson> {
  const segmenter = options.segmenter ?? createSegmenter({ dictionaries: options.dictionaries, words: options.words });
  const processor = createProcessor({ ...options, segmenter });
  const [plan, report] = [await loadReport(planPath, { processor }), await loadReport(reportPath, { processor })];
  return compare(plan, report, segmenter, options);
}
