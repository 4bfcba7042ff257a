/**
 * Page furniture in text pulled out of a paged document: page-number lines (`— 3 —`, `- 3 -`,
 * `第3页`, `第3页 共10页`, `3/10`, a bare `3` in a run of page numbers) and a running header or
 * footer, a line repeated beside the page breaks. Neither is part of the report.
 */
import type { Line } from '../parse/lines.js';
import { isBareNumber, isPageNumberLine } from '../text/page-numbers.js';

/** Lines from one page number to the next at least: a page holds more lines than a table row has cells. */
const MIN_PAGE_LINES = 8;

export interface Furniture {
  /** Indices of lines to drop. */
  lines: Set<number>;
  pageNumbers: number;
  headers: number;
}

const content = (text: string, line: Line) => text.slice(line.contentStart, line.end).trim();

export function findFurniture(text: string, lines: Line[]): Furniture {
  const drop = new Set<number>();
  // A page break is a page-number line or a form feed (pdftotext's page separator).
  const breaks: number[] = [];
  const bare: number[] = [];
  lines.forEach((line, i) => {
    const c = content(text, line);
    // On the raw line: trim() takes a form feed at the line's start for a space.
    if (text.slice(line.start, line.end).includes('\f')) breaks.push(i);
    const bareText = c.replace(/\f/g, '');
    if (isPageNumberLine(bareText)) {
      drop.add(i);
      breaks.push(i);
    } else if (isBareNumber(bareText)) bare.push(i);
  });
  // A bare number is a page number only among others that count up one page at a time, a page
  // apart (a table read cell by cell numbers its rows 1, 2, 3 a few lines apart).
  for (let k = 0; k < bare.length; k++) {
    const value = Number(content(text, lines[bare[k]!]!).replace(/\f/g, ''));
    const prev = k > 0 && bare[k]! - bare[k - 1]! >= MIN_PAGE_LINES ? Number(content(text, lines[bare[k - 1]!]!).replace(/\f/g, '')) : NaN;
    const next = k + 1 < bare.length && bare[k + 1]! - bare[k]! >= MIN_PAGE_LINES ? Number(content(text, lines[bare[k + 1]!]!).replace(/\f/g, '')) : NaN;
    if (value === prev + 1 || value === next - 1) {
      drop.add(bare[k]!);
      breaks.push(bare[k]!);
    }
  }
  const pageNumbers = drop.size;
  const headers = runningHeaders(text, lines, breaks, drop);
  for (const i of headers) drop.add(i);
  return { lines: drop, pageNumbers, headers: headers.length };
}

/**
 * Lines that repeat (digits aside) on most pages, each time within two lines of a page break:
 * a running header or footer. A line repeated in the body, away from the breaks, is content.
 */
function runningHeaders(text: string, lines: Line[], breaks: number[], dropped: Set<number>): number[] {
  if (breaks.length < 2) return [];
  const nearBreak = new Set<number>();
  for (const b of breaks) {
    // A form feed starts the next page's first line (pdftotext), where its header stands.
    if (!dropped.has(b)) nearBreak.add(b);
    // The two content lines on either side of the break (blank and dropped lines passed over).
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let i = b + step; i >= 0 && i < lines.length && seen < 2; i += step) {
        if (dropped.has(i) || lines[i]!.contentStart >= lines[i]!.end) continue;
        nearBreak.add(i);
        seen++;
      }
    }
  }
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    if (dropped.has(i)) continue;
    const c = content(text, lines[i]!).replace(/\f/g, '');
    if (!c || c.length > 40) continue;
    const key = c.replace(/\d+/g, '#').replace(/\s+/g, '');
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const out: number[] = [];
  // On most pages, not just on two of many.
  const least = Math.max(2, Math.ceil(breaks.length / 2));
  for (const list of byKey.values()) {
    if (list.length >= least && list.every((i) => nearBreak.has(i))) out.push(...list);
  }
  return out;
}
