/**
 * Shared helpers for the normalisation tests: the hand-written fixtures, the presentations a
 * report arrives in (each made from a clean report, so the clean one's facts are the expectation),
 * and views of a document that do not depend on offsets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js/cn2t';
import { splitLines, type Line } from '../../src/parse/lines.js';
import type { ReportDocumentJson, SectionJson } from '../../src/output/schema.js';

const fixtures = fileURLToPath(new URL('../fixtures/normalize/', import.meta.url));
export const readFixture = (name: string): string => readFileSync(fixtures + name, 'utf8');

/** The clean report every presentation is made from. */
export const REPORT = readFixture('report.txt');

export const lines = (text: string): Line[] => splitLines(text);
export const noDrops = new Set<number>();

// ── Presentations ─────────────────────────────────────────────────────────────────────────────

/**
 * As PDF extraction leaves a report: every line cut at `width` characters, and a page number
 * line `— n —` after every `perPage` lines (and after the last page).
 */
export function wrapLikePdf(text: string, width = 28, perPage = 22): string {
  const out: string[] = [];
  let page = 1;
  const push = (line: string) => {
    out.push(line);
    if (out.length % (perPage + 1) === perPage) out.push(`— ${page++} —`);
  };
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.length <= width) push(line);
    else for (let i = 0; i < line.length; i += width) push(line.slice(i, i + width));
  }
  if (!out[out.length - 1]!.startsWith('— ')) out.push(`— ${page} —`);
  return out.join('\n') + '\n';
}

const CJK = '[\\u4e00-\\u9fff]';
/** Spaces between Chinese characters and numbers, as some converters leave them: `2022 年`, `12 次`. */
export const spaced = (text: string): string =>
  text.replace(new RegExp(`(\\d)(${CJK})`, 'g'), '$1 $2').replace(new RegExp(`(${CJK})(\\d)`, 'g'), '$1 $2');

/** Digits, `.` and `%` in full width: `２０２２年`, `１．坚持`. */
export const fullWidth = (text: string): string => text.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** ASCII punctuation typed into Chinese prose: `,` `;` `:` and straight quotes. */
export const halfWidthPunctuation = (text: string): string =>
  text.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/[“”]/g, '"');

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** The report in traditional script (character for character, so the length is the same). */
export const traditional = (text: string): string => toTaiwan(text);

/** Windows line ends, and every line indented by two ideographic spaces. */
export const crlfIndented = (text: string): string =>
  text
    .split('\n')
    .map((l) => (l ? `\u3000\u3000${l}` : l))
    .join('\r\n');

/** A whole page scraped onto one line. */
export const oneLine = (text: string): string =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .join('');

// ── Views of a document ───────────────────────────────────────────────────────────────────────

export function flatten(sections: SectionJson[]): SectionJson[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** Whitespace aside: a title quoted from a wrapped source may keep an indent or a CR. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** What was found, without offsets; titles pass through `title` (to compare across scripts). */
export function facts(doc: ReportDocumentJson, title: (s: string) => string = (s) => s) {
  const t = (s: string) => squash(title(s));
  return {
    kind: doc.kind,
    year: doc.year,
    headings: flatten(doc.sections).map((s) => `${s.level} ${s.ordinal ?? '-'} ${t(s.title)}`),
    metrics: doc.metrics.map((m) => `${m.value} ${m.unit} ${m.section.map(t).join('/')}`),
    planItems: doc.planItems.map((p) => `${p.level} ${t(p.title)} ${p.year} [${p.targets.map((x) => `${x.value}${x.unit}`).join(',')}]`),
  };
}
