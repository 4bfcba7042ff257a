/**
 * The output contract (annotation guide §5): every document analyseText returns validates against
 * the exported zod schema, and the shipped JSON Schema (dist/schema.json) defines ReportDocument.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../../src/analyze.js';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { ReportDocument } from '../../src/output/schema.js';
import { corpusFiles, fixtureNames, readFixture, repoRoot } from '../parse/helpers.js';

/** One segmenter for the file: loading jieba's dictionaries is the slow part. */
const segmenter = createSegmenter();
const analyzeText = (text: string) => analyze(text, { segmenter });

const texts: Array<[string, string]> = [
  ...corpusFiles().map((f): [string, string] => [`corpus/${basename(f)}`, readFileSync(f, 'utf8')]),
  ...fixtureNames().map((n): [string, string] => [`fixtures/reports/${n}`, readFixture(n)]),
];

describe('analyzeText output validates against ReportDocument', () => {
  it.each(texts)('%s', (_name, text) => {
    const doc = analyzeText(text);
    // Through JSON and back, as a consumer of the CLI sees it.
    const result = ReportDocument.safeParse(JSON.parse(JSON.stringify(doc)));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
    expect(doc.length).toBe(text.length);
  });

  it.each(texts)('%s: section and plan item offsets quote the text', (_name, text) => {
    const doc = analyzeText(text);
    type S = (typeof doc.sections)[number];
    const walk = (sections: S[]): S[] => sections.flatMap((s) => [s, ...walk(s.children)]);
    for (const s of walk(doc.sections)) {
      expect(text.slice(s.start, s.start + s.marker.length)).toBe(s.marker);
      expect(text.slice(s.titleStart, s.titleEnd)).toBe(s.title);
      expect(s.end).toBeGreaterThanOrEqual(s.titleEnd);
    }
    for (const p of doc.planItems) {
      expect(text.slice(p.start, p.start + p.marker.length)).toBe(p.marker);
      expect(p.body.start).toBeGreaterThanOrEqual(p.start);
      expect(p.body.end).toBe(p.end);
    }
  });

  it('the text API leaves file, encoding and format null', () => {
    expect(analyzeText(readFixture('summary-plan.txt'))).toMatchObject({ file: null, encoding: null, format: null });
  });

  it('the schema rejects what the contract forbids (it is not a pass-through)', () => {
    const doc = JSON.parse(JSON.stringify(analyzeText(readFixture('summary-plan.txt')))) as Record<string, unknown>;
    expect(ReportDocument.safeParse({ ...doc, kind: 'memo' }).success).toBe(false);
    expect(ReportDocument.safeParse({ ...doc, year: '2021' }).success).toBe(false);
    const { planItems: _dropped, ...withoutPlanItems } = doc;
    expect(ReportDocument.safeParse(withoutPlanItems).success).toBe(false);
  });
});

const schemaPath = join(repoRoot, 'dist', 'schema.json');

describe('dist/schema.json', () => {
  it.skipIf(!existsSync(schemaPath))('(skipped when dist/ is not built: run `npm run build`) defines $defs.ReportDocument', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $defs?: Record<string, { type?: string; properties?: Record<string, unknown>; required?: string[] }> };
    const def = schema.$defs?.ReportDocument;
    expect(def).toBeDefined();
    expect(def!.type).toBe('object');
    for (const field of ['kind', 'year', 'sections', 'metrics', 'planItems', 'diagnostics']) {
      expect(Object.keys(def!.properties ?? {})).toContain(field);
      expect(def!.required ?? []).toContain(field);
    }
  });
});
