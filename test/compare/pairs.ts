/** The plan/report pairs every office format is written for and read back: the national example and two corpus pairs. */
import { readFileSync } from 'node:fs';
import { analyzeReport, createProcessor } from '../../src/analyze.js';
import { createSegmenter } from '../../src/segment/segmenter.js';

export const PAIRS: Array<[name: string, plan: string, report: string]> = [
  ['national example', 'test/fixtures/compare/gov-2022.txt', 'test/fixtures/compare/gov-2023.txt'],
  ['corpus 000 plan vs 004', 'corpus/000_37e95f7128eaca35.txt', 'corpus/004_789d10feca3d0c86.txt'],
  ['corpus 001 工作要点 vs 004', 'corpus/001_1cfe0b25e4194644.txt', 'corpus/004_789d10feca3d0c86.txt'],
];

export const segmenter = createSegmenter();
const processor = createProcessor({ segmenter });
export const load = (file: string) => analyzeReport(readFileSync(file, 'utf8'), { processor, source: { file } });
