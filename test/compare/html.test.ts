/**
 * The comparison page (`compare --format html`), read back through rehype-parse: every piece of
 * evidence is marked where it stands in the report text, with its exact words, and every item links
 * to it; the page needs nothing from the network.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { comparisonToHtml } from '../../src/output/compare-html.js';
import { load, PAIRS, segmenter } from './pairs.js';



describe.each(PAIRS)('compare --format html: %s', (_name, planFile, reportFile) => {
  const report = load(reportFile);
  const result = compare(load(planFile), report, segmenter);
  const html = comparisonToHtml(result, report.source);
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const elements: Element[] = [];
  visit(tree, 'element', (e: Element) => void elements.push(e));
  const byId = new Map(elements.filter((e) => e.properties.id).map((e) => [String(e.properties.id), e]));

  it('marks every piece of evidence with its words, and links each item to it', () => {
    const links = elements.filter((e) => e.tagName === 'a' && String(e.properties.href ?? '').startsWith('#ev-'));
    const evidence = result.items.flatMap((item) => item.evidence);
    expect(links).toHaveLength(evidence.length);
    for (const [k, e] of evidence.entries()) {
      const mark = byId.get(String(links[k]!.properties.href).slice(1));
      expect(mark?.tagName).toBe('mark');
      // the mark holds the evidence sentence, or the one it overlaps
      const text = toText(mark!);
      expect(report.source.includes(text)).toBe(true);
      if (text.length === e.text.length) expect(text).toBe(e.text);
    }
  });

  it('keeps the report text whole and needs no network', () => {
    const article = elements.find((e) => e.tagName === 'article')!;
    expect(toText(article).replace(/\s+/g, '')).toBe(report.source.replace(/\s+/g, ''));
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('<meta name="viewport"');
  });
});

describe('trend --format html', () => {
  it('draws one chart per series with each given value, and needs no network', async () => {
    const { trend } = await import('../../src/compare/trend.js');
    const { trendToHtml } = await import('../../src/output/trend-html.js');
    const t = trend([load('test/fixtures/compare/gov-2022.txt'), load('test/fixtures/compare/gov-2023.txt')], segmenter);
    const html = trendToHtml(t);
    const tree = unified().use(rehypeParse).parse(html) as Root;
    const svgs: Element[] = [];
    visit(tree, 'element', (e: Element) => void (e.tagName === 'svg' && svgs.push(e)));
    expect(svgs).toHaveLength(t.metrics.length);
    t.metrics.forEach((m, i) => {
      const labels = toText(svgs[i]!);
      for (const p of m.points) if (p.given && p.value !== null) expect(labels).toContain(String(p.value));
    });
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
});
