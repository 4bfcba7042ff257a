/**
 * Through analyzeText/analyzeReport: a report in any of the forms it arrives in reads as the clean
 * report does, and every fact still points into the text as given — offsets index it, markers
 * and titles are quoted from it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, analyzeText } from '../../src/analyze.js';
import { normalize } from '../../src/normalize/index.js';
import type { ReportDocumentJson } from '../../src/output/schema.js';
import {
  crlfIndented,
  facts,
  flatten,
  fullWidth,
  halfWidthPunctuation,
  oneLine,
  REPORT,
  spaced,
  squash,
  traditional,
  wrapLikePdf,
} from './helpers.js';

const same = (s: string) => s;

interface Form {
  name: string;
  make: (text: string) => string;
  /** What the form does to a run of words (a title, a quantity), to compare quotes with. */
  words: (text: string) => string;
  /** The normalisation notes it should cause. */
  rules: string[];
}

const FORMS: Form[] = [
  { name: 'wrapped like a PDF, with page numbers', make: wrapLikePdf, words: same, rules: ['page-number', 'wrapped-line'] },
  { name: 'spaced (`2022 年`, `12 次`)', make: spaced, words: spaced, rules: ['stray-space'] },
  { name: 'full-width digits', make: fullWidth, words: fullWidth, rules: ['full-width'] },
  { name: 'half-width punctuation', make: halfWidthPunctuation, words: halfWidthPunctuation, rules: ['half-width-punctuation'] },
  { name: 'traditional script', make: traditional, words: traditional, rules: ['traditional'] },
  { name: 'CRLF with full-width indents', make: crlfIndented, words: same, rules: [] },
  { name: 'one line', make: oneLine, words: same, rules: ['run-in-heading'] },
];

const NORMALIZE_RULES = ['full-width', 'half-width-punctuation', 'traditional', 'page-number', 'running-header', 'wrapped-line', 'stray-space', 'run-in-heading'];

const clean = analyzeText(REPORT);

/** `needle`'s characters appear in order in `hay`, from its first character to its last. */
function covers(hay: string, needle: string): boolean {
  const h = squash(hay);
  const n = squash(needle);
  if (!n) return true;
  if (h[0] !== n[0] || h[h.length - 1] !== n[n.length - 1]) return false;
  let i = 0;
  for (const c of h) if (c === n[i]) i++;
  return i === n.length;
}

/** Every fact's offsets index `text`, and its quoted words are the words there. */
function expectFactsInSource(doc: ReportDocumentJson, text: string, form: Form) {
  expect(doc.length).toBe(text.length);
  const sections = flatten(doc.sections);
  const cleanSections = flatten(clean.sections);
  sections.forEach((s, k) => {
    const c = cleanSections[k]!;
    expect(text.slice(s.start, s.start + s.marker.length), s.marker).toBe(s.marker);
    expect(squash(s.marker)).toBe(squash(form.words(c.marker)));
    expect(squash(s.title)).toBe(squash(form.words(c.title)));
    expect(covers(text.slice(s.titleStart, s.titleEnd), s.title), s.title).toBe(true);
    expect(s.start).toBeLessThanOrEqual(s.titleStart);
    expect(s.end).toBeGreaterThanOrEqual(s.titleEnd);
    expect(s.end).toBeLessThanOrEqual(text.length);
  });
  doc.metrics.forEach((m, k) => {
    expect(text.slice(m.start, m.end)).toBe(m.quantity);
    expect(squash(m.quantity)).toBe(squash(form.words(clean.metrics[k]!.quantity)));
    expect(m.sentence.start).toBeLessThanOrEqual(m.start);
    expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
  });
  doc.planItems.forEach((p, k) => {
    const c = clean.planItems[k]!;
    expect(text.slice(p.start, p.start + p.marker.length)).toBe(p.marker);
    expect(squash(p.marker)).toBe(squash(form.words(c.marker)));
    expect(p.body.start).toBeGreaterThanOrEqual(p.start);
    expect(p.body.end).toBeLessThanOrEqual(p.end);
    for (const t of p.targets) expect(text.slice(t.start, t.end)).toBe(t.quantity);
    for (const d of p.deadlines) expect(covers(text.slice(d.start, d.end), d.text)).toBe(true);
  });
  if (doc.title) expect(covers(text.slice(doc.title.start, doc.title.end), doc.title.text)).toBe(true);
  for (const d of doc.diagnostics) {
    if (d.start === null) continue;
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end ?? d.start).toBeGreaterThanOrEqual(d.start);
    expect(d.end ?? d.start).toBeLessThanOrEqual(text.length);
  }
}

const infos = (doc: ReportDocumentJson) => doc.diagnostics.filter((d) => d.severity === 'info' && NORMALIZE_RULES.includes(d.ruleId ?? ''));

describe('the clean report', () => {
  it('is what the forms are compared with: headings, metrics, plan items, year and kind', () => {
    expect(clean.kind).toBe('summary+plan');
    expect(clean.year).toBe(2022);
    expect(flatten(clean.sections).filter((s) => s.level !== 'item')).toHaveLength(10);
    expect(clean.metrics.map((m) => m.quantity)).toContain('3名');
    expect(clean.planItems.map((p) => p.marker)).toEqual(['一是', '二是', '三是', '四是']);
    expect(clean.planItems.every((p) => p.year === 2023)).toBe(true);
  });

  it('needs no normalising: with or without, the same document', () => {
    expect(infos(clean)).toEqual([]);
    expect(analyzeText(REPORT, { normalize: false })).toEqual(clean);
  });
});

describe.each(FORMS)('$name', (form) => {
  const text = form.make(REPORT);
  const report = analyzeReport(text);
  const doc = report.document;

  it('is a different text from the clean report', () => {
    expect(text).not.toBe(REPORT);
  });

  it('has the same headings, metrics, plan items, year and kind', () => {
    expect(facts(doc)).toEqual(facts(clean, form.words));
  });

  it('every fact’s offsets index the text as given, its words quoted from it', () => {
    expectFactsInSource(doc, text, form);
  });

  it('says what normalisation did, as info messages', () => {
    expect(infos(doc).map((d) => d.ruleId)).toEqual(form.rules);
    for (const d of infos(doc)) expect(d.reason).toMatch(/^(folded|read|dropped|joined|deleted|started) \d+ /);
  });

  it('the analysis reads the normalised text, whose offsets map back to the text as given', () => {
    expect(report.source).toBe(text);
    report.analysis.metrics.forEach((m, k) => {
      const { start, end } = doc.metrics[k]!;
      expect(report.map.span(m.start, m.end)).toEqual({ start, end });
      // the analysers read ASCII digits, without the spaces of the text as given
      expect(report.text.slice(m.start, m.end)).toMatch(/^[0-9]+[^\s０-９]+$/);
    });
  });
});

describe('titles are the source’s characters', () => {
  it('traditional characters in the traditional form', () => {
    const doc = analyzeText(traditional(REPORT));
    const titles = flatten(doc.sections).map((s) => s.title);
    expect(titles).toContain('加強組織建設');
    expect(titles).toContain('2022年工作開展情況');
    expect(doc.metrics.find((m) => m.quantity === '3名')?.section).toEqual(['2022年工作開展情況', '加強組織建設', '做好發展黨員工作']);
    // derived terms stay as the analysers read them, so either script lines up
    expect(doc.metrics.find((m) => m.quantity === '18個')?.unit).toBe('个');
  });

  it('full-width digits in the full-width form', () => {
    const doc = analyzeText(fullWidth(REPORT));
    expect(flatten(doc.sections)[0]).toMatchObject({ marker: '一、', title: '２０２２年工作开展情况' });
    expect(doc.metrics[0]).toMatchObject({ quantity: '１２次', value: 12 });
  });
});

describe('the wrapped form', () => {
  const text = wrapLikePdf(REPORT);
  const pageLines = text.split('\n').filter((l) => /^— \d+ —$/.test(l)).length;
  const wraps = REPORT.split('\n').reduce((n, l) => n + Math.max(0, Math.ceil(l.length / 28) - 1), 0);

  it('names the counts: joined N wrapped lines, dropped N page-number lines', () => {
    const reasons = analyzeText(text).diagnostics.map((d) => d.reason);
    expect(reasons).toContain(`joined ${wraps} wrapped lines`);
    expect(reasons).toContain(`dropped ${pageLines} page-number lines`);
  });

  it('facts get their page when the pages are known', () => {
    // pages start after each page-number line
    const pages = [0];
    for (const m of text.matchAll(/— \d+ —\n/g)) if (m.index + m[0].length < text.length) pages.push(m.index + m[0].length);
    const doc = analyzeReport({ text, pages, format: 'pdf' }).document;
    for (const m of doc.metrics) {
      const page = pages.filter((p) => p <= m.start).length;
      expect(m.page).toBe(page);
    }
    expect(new Set(doc.metrics.map((m) => m.page)).size).toBeGreaterThan(1);
  });
});

describe('normalize: false', () => {
  it('turns it off: no notes, and the forms are read as they stand', () => {
    for (const form of FORMS) {
      const doc = analyzeText(form.make(REPORT), { normalize: false });
      expect(infos(doc)).toEqual([]);
    }
    // the one-line form is then no outline, the wrapped one keeps its page numbers in the text
    expect(flatten(analyzeText(oneLine(REPORT), { normalize: false }).sections).length).toBeLessThan(flatten(clean.sections).length);
    const report = analyzeReport(wrapLikePdf(REPORT), { normalize: false });
    expect(report.text).toBe(report.source);
    expect(report.map.isIdentity).toBe(true);
  });
});

describe('nothing to do', () => {
  // A performance guard, not a timing: an ordinary report costs no map and no copy.
  const lines = REPORT.trimEnd().split('\n');
  const big = Array.from({ length: Math.ceil(2000 / lines.length) }, () => lines.join('\n')).join('\n') + '\n';

  it('a 2,000-line ordinary report comes back as it is, with the identity map', () => {
    expect(big.split('\n').length).toBeGreaterThanOrEqual(2000);
    const n = normalize(big);
    expect(n.map.isIdentity).toBe(true);
    expect(n.text).toBe(big);
    expect(n.notes).toEqual([]);
  });
});

describe('spans inside spans stay inside once mapped', () => {
  // Property test counterexample: the stray space before U+2029 is deleted, so the empty body at
  // the task's end mapped to the start of the next character, one past the task's end.
  it('an empty task body ends with its task', () => {
    const doc = analyzeText('一、二、三 \u2029\n');
    expect(doc.planItems).toHaveLength(1);
    const [p] = doc.planItems;
    expect(p!.body).toEqual({ start: p!.end, end: p!.end });
  });
});

describe('two sections of one title once normalised keep their own words', () => {
  // Property test counterexample `一、學習。（一）百分之x。二、学习…`: paths were quoted by title, so
  // the first section's figure took the second section's words.
  it('in the section paths of metrics and in plan items', () => {
    const doc = analyzeText('一、學習黨章\n召开黨委會3次。\n二、学习党章\n召开党委会4次。\n');
    expect(doc.sections.map((s) => s.title)).toEqual(['學習黨章', '学习党章']);
    expect(doc.metrics.map((m) => m.section)).toEqual([['學習黨章'], ['学习党章']]);
    expect(doc.planItems.map((p) => p.title)).toEqual(['學習黨章', '学习党章']);
  });
});

describe('a plan cue is quoted as written', () => {
  // Property test counterexample: the section kept the cue as the analysers read it (2015年),
  // the plan item quoted it (２０１５年).
  it('by its section and by its plan item alike', () => {
    const doc = analyzeText('２０１５年我们将\n');
    expect(doc.sections.map((s) => s.marker)).toEqual(['２０１５年']);
    expect(doc.planItems.map((p) => p.marker)).toEqual(['２０１５年']);
  });
});
