/**
 * Every regular expression in src/ is checked with recheck for super-linear backtracking
 * (issue 12): a report is untrusted input, and one line of a few hundred kilobytes must not stall
 * a parse. The patterns written out are read from the syntax tree; the ones built at run time
 * (from word lists, a year, a tag name) are caught as src builds them while it reads the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { describe, expect, it } from 'vitest';
import { scanSource, type ComputedSite } from './collect.js';
import { spyOnRegExp } from './spy.js';

// Bounded repeats (`.{0,40}`, `\d{1,4}`) count toward maxRepeatCount; past it recheck leaves its
// exact automaton analysis for fuzzing, whose growth estimate on short strings calls such bounded
// patterns polynomial. A higher limit keeps them on the exact analysis.
// The fuzzer (for lookbehinds, which the automaton lacks) gets step limits only, no time limits:
// timed, it reads a machine busy with the rest of the suite as a slow pattern.
const PARAMS: Parameters = { timeout: 10_000, maxRepeatCount: 100, seedingTimeout: null, incubationTimeout: null, attackTimeout: null };
// A verdict the first budget did not reach gets one more, larger one; then it is a failure.
const RETRY: Parameters = { ...PARAMS, timeout: 60_000 };

/** recheck's verdict on a pattern; one that the first budget did not reach gets the second. */
async function verdict(source: string, flags: string): Promise<Diagnostics> {
  const first = await check(source, flags, PARAMS);
  return first.status === 'unknown' && first.error.kind === 'timeout' ? check(source, flags, RETRY) : first;
}

// (The checker is not started before src runs: the two would share the cores, and both take longer.)
const scan = scanSource();

// The spy goes in before src is imported: most computed patterns are built as their module loads.
const spy = spyOnRegExp();
try {
  await exercise();
} finally {
  spy.restore();
}
const built = spy.built();

/** Runs what builds patterns lazily: every reader, the analysis of each kind of report, compare, trend, globs. */
async function exercise() {
  const lib = await import('../../src/index.js');
  const { planGlob } = await import('../../src/batch/glob.js');
  const { isPlaceholder } = await import('../../src/metrics/numbers.js');
  const texts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => `${dir}/${f}`);
  for (const file of [...texts('corpus'), ...texts('test/fixtures/reports')]) lib.analyzeText(readFileSync(file, 'utf8'));
  const segmenter = lib.createSegmenter();
  const processor = lib.createProcessor({ segmenter });
  const load = (name: string) => {
    const file = `test/fixtures/compare/${name}`;
    return lib.analyzeReport(readFileSync(file, 'utf8'), { processor, source: { file } });
  };
  lib.compare(load('gov-2022.txt'), load('gov-2023.txt'), segmenter);
  lib.compare(load('org-2021.txt'), load('org-2022.txt'), segmenter);
  lib.trend([load('party-2030.txt'), load('party-2031.txt')], segmenter);
  const files = ['formats/report.pdf', 'formats/report.html', 'formats/report-gbk.html', 'formats/report.doc', 'io/numbered.docx', 'io/report.docx'];
  for (const file of files) await lib.analyzeFile(`test/fixtures/${file}`, { processor });
  // Not document text, but the pattern is built from the user's glob: checked all the same.
  planGlob('reports/**/2023-*.txt');
  isPlaceholder('XX'); // exported, not yet called within src
}

/** Each distinct pattern once, with every place it comes from. */
const patterns = new Map<string, { source: string; flags: string; sites: Set<string> }>();
for (const p of [...scan.patterns, ...built]) {
  const key = `/${p.source}/${p.flags}`;
  const entry = patterns.get(key) ?? { source: p.source, flags: p.flags, sites: new Set<string>() };
  entry.sites.add(p.site);
  patterns.set(key, entry);
}

function explain(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.status}: ${d.complexity.summary}, attack ${d.attack.pattern}`;
  if (d.status === 'unknown') return `${d.status}: ${d.error.kind}${'message' in d.error ? ` (${d.error.message})` : ''}`;
  return d.status;
}

describe('collecting the regular expressions of src/', () => {
  it('finds the literals and the RegExp calls written in the source', () => {
    console.log(`redos: ${scan.patterns.length} patterns written out, ${scan.computedSites.length} RegExp calls computing theirs; ${built.length} patterns built at run time; ${patterns.size} distinct`);
    // src holds some 200 literals: far fewer means the collector is broken, not the code tidier.
    expect(scan.patterns.length).toBeGreaterThan(150);
    expect(scan.computedSites.length).toBeGreaterThan(20);
  });

  it('sees every computed pattern built', () => {
    const seen = (c: ComputedSite) =>
      built.some((b) => {
        const at = b.site.lastIndexOf(':');
        const line = Number(b.site.slice(at + 1));
        return b.site.slice(0, at) === c.file && line >= c.lines[0] && line <= c.lines[1];
      });
    const unseen = scan.computedSites.filter((c) => !seen(c)).map((c) => c.site);
    expect(unseen, 'RegExp calls the exercise above never ran: add a call that builds them').toEqual([]);
  });
});

describe('no regular expression of src/ backtracks super-linearly (recheck)', () => {
  const cases = [...patterns.values()].map((p) => ({ ...p, name: `${[...p.sites].sort().join(', ')}  /${p.source.length > 60 ? `${p.source.slice(0, 60)}…` : p.source}/${p.flags}` }));
  it.concurrent.each(cases)('$name', async ({ source, flags, sites }) => {
    const d = await verdict(source, flags);
    expect(d.status, `${[...sites].join(', ')}: /${source}/${flags} is ${explain(d)}`).toBe('safe');
  }, 90_000);
});
