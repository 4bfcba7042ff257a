/**
 * Spaces that text extraction puts between a Chinese character and a digit, or inside a word
 * (`2021 年`, `XX 次`, `15 名`, `学 习`): Chinese is written without them, so a short run of spaces
 * beside a Chinese character or mark is layout and goes. Spaces between two Latin words or
 * numbers stay, and so do wide runs (three or more), which set things apart on purpose, the
 * indentation at a line's start, and the space after a heading's marker.
 */
import type { Line } from '../parse/lines.js';
import { matchLineMarker } from '../headings/markers.js';

const SPACE_RUN = /[ \u00a0]{1,2}(?![ \u00a0])/g;
/** Chinese characters, Chinese punctuation and full-width forms. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]/;

export function findStraySpaces(text: string, lines: Line[], dropped: Set<number>): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  lines.forEach((line, index) => {
    if (dropped.has(index) || line.contentStart >= line.end) return;
    const content = text.slice(line.contentStart, line.end);
    if (!content.includes(' ') && !content.includes('\u00a0')) return;
    SPACE_RUN.lastIndex = 0;
    for (let m = SPACE_RUN.exec(content); m; m = SPACE_RUN.exec(content)) {
      const from = line.contentStart + m.index;
      const to = from + m[0].length;
      const before = text[from - 1] ?? '';
      const after = text[to] ?? '';
      // Leading and trailing spaces are indentation and line ends, not gaps inside the text; a space
      // before the run means it is the tail of a wide one.
      if (from === line.contentStart || to >= line.end || /\s/.test(before)) continue;
      if (!CHINESE.test(before) && !CHINESE.test(after)) continue;
      // `1. 深化…`: a space after a heading's marker is how many write it, and splits nothing.
      if (matchLineMarker(text, line.contentStart)?.end === from) continue;
      out.push({ from, to });
    }
  });
  return out;
}
