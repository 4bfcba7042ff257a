/**
 * The units lexicon: measure words and units that turn a number into a metric.
 *
 * `dictionaries/units.utf8` holds one unit per line (`#` starts a comment); users may add files of
 * the same form. Matching is longest-first, so `人次` wins over `人` and `个百分点` over `个`.
 * A leading multiplier (万, 亿, 万亿, 千万, 百万) combines with any unit, with an optional
 * qualifier between them (`万余元` → unit 万元, qualifier 余), so `万元` need not be listed.
 */
import { readFileSync } from 'node:fs';
import { dictionaryPath } from '../segment/dictionaries.js';
import { checkDictionaryPath } from '../segment/segmenter.js';

export interface UnitMatch {
  /** The unit as a measure word: multiplier + base, without an inner qualifier (`万元`). */
  unit: string;
  /** Offset just after the unit text. */
  end: number;
  /** A qualifier found between multiplier and base (`万余元` → `余`). */
  approx: string | null;
}

export interface UnitLexicon {
  readonly units: ReadonlySet<string>;
  /** Longest unit starting at `at`, or null. */
  match(text: string, at: number): UnitMatch | null;
}

/** Multipliers that stay in the unit, as the annotation guide asks (`1.37万亿斤` → `万亿斤`). */
/** Units of rates and changes: they measure, they do not add up (`增长5%` twice is not 10%). */
export const RATE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '个百分点', '百分点', '倍', '成']);

export const MULTIPLIERS = ['万亿', '千万', '百万', '亿', '万'] as const;
/** Qualifiers that may sit inside a quantity, between number and unit or after a multiplier. */
export const INNER_QUALIFIERS = ['余', '多'] as const;

/** Full-width and ASCII percent are one unit; the quantity keeps the character as written. */
const normalise = (unit: string) => unit.replace(/％/g, '%');

export function parseUnitLines(content: string): string[] {
  const out: string[] = [];
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/^\ufeff/, '').trim();
    if (!line || line.startsWith('#')) continue;
    out.push(line.split(/\s+/)[0]!);
  }
  return out;
}

export function createUnitLexicon(words: Iterable<string>): UnitLexicon {
  const units = new Set<string>();
  for (const w of words) if (w) units.add(w);
  const byLength = [...units].sort((a, b) => b.length - a.length);
  const maxLen = byLength[0]?.length ?? 0;

  const base = (text: string, at: number): string | null => {
    for (let len = Math.min(maxLen, text.length - at); len > 0; len--) {
      const cand = text.slice(at, at + len);
      if (units.has(cand)) return cand;
    }
    return null;
  };

  return {
    units,
    match(text, at) {
      let best: UnitMatch | null = null;
      const direct = base(text, at);
      if (direct) best = { unit: normalise(direct), end: at + direct.length, approx: null };
      // multiplier [余|多] base unit: `万余元`, `亿斤`; beats a listed unit only when longer.
      for (const mult of MULTIPLIERS) {
        if (!text.startsWith(mult, at)) continue;
        let j = at + mult.length;
        let approx: string | null = null;
        const q = INNER_QUALIFIERS.find((x) => text.startsWith(x, j));
        if (q) {
          approx = q;
          j += q.length;
        }
        const b = base(text, j);
        if (b && (!best || j + b.length > best.end)) {
          best = { unit: normalise(mult + b), end: j + b.length, approx };
        }
        break; // MULTIPLIERS is longest-first
      }
      return best;
    },
  };
}

let defaultLexicon: UnitLexicon | undefined;

/**
 * The bundled units plus any extra unit files. Missing files throw a catchable DictionaryError
 * naming the file.
 */
export function loadUnits(extraFiles: string[] = []): UnitLexicon {
  if (extraFiles.length === 0 && defaultLexicon) return defaultLexicon;
  const files = [dictionaryPath('units.utf8'), ...extraFiles];
  const words: string[] = [];
  for (const file of files) {
    checkDictionaryPath(file); // a units file is a dictionary: the same check, the same error
    words.push(...parseUnitLines(readFileSync(file, 'utf8')));
  }
  const lexicon = createUnitLexicon(words);
  if (extraFiles.length === 0) defaultLexicon = lexicon;
  return lexicon;
}
