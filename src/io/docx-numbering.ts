/**
 * Word's automatic list numbering. A heading numbered by Word (`一、` `（一）` `1.` as list levels)
 * has no number in the document's text: the number is drawn from word/numbering.xml (the
 * level's format and pattern, `chineseCounting` + `%1、`) and a counter. mammoth's text leaves
 * such numbers out, so headings would go unseen; this module renders them, one marker per
 * numbered paragraph in document order, as Word would show them.
 *
 * The paragraphs are read the way mammoth reads them (numPr with numId and ilvl, else a
 * paragraph style that a numbering level names), so the two lists pair one to one; the caller
 * checks the counts match and otherwise leaves the text as mammoth gives it.
 */
import { chineseNumeral } from '../text/numerals.js';

interface LevelDef {
  start: number;
  format: string;
  pattern: string;
  /** A paragraph style that takes this level (`<w:pStyle>` inside the level). */
  style?: string;
}

/** A numbering definition: its levels by ilvl. */
type Levels = Map<number, LevelDef>;

/*
 * The patterns below read well-formed XML (mammoth has parsed the same parts first) in linear time:
 * a tag's attributes are `\s[^<>]*`, as no attribute value holds a `<`, and an element's body runs
 * to its closing tag or, where none follows, to the end, so that no later opening rescans the rest.
 * (`\s`, not `\b`, after a name: the same in XML, and recheck proves it linear several times faster.)
 */
const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\s(?:[^<>]*\\s)?w:val="([^"]*)"`).exec(xml)?.[1];

function readLevels(abstractXml: string): Levels {
  const levels: Levels = new Map();
  for (const m of abstractXml.matchAll(/<w:lvl(\s[^<>]*)?>([\s\S]*?)(?:<\/w:lvl>|$)/g)) {
    const ilvl = Number(/w:ilvl="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 0);
    const body = m[2]!;
    levels.set(ilvl, { start: Number(attr(body, 'start') ?? 1), format: attr(body, 'numFmt') ?? 'decimal', pattern: attr(body, 'lvlText') ?? '', style: attr(body, 'pStyle') });
  }
  return levels;
}

interface Numbering {
  /** numId → its levels (with start overrides applied). */
  byNumId: Map<string, Levels>;
  /** paragraph style → the numbering level that names it, and the list it belongs to. */
  byStyle: Map<string, { key: string; ilvl: number; levels: Levels }>;
}

function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Levels>();
  for (const m of xml.matchAll(/<w:abstractNum(\s[^<>]*)?>([\s\S]*?)(?:<\/w:abstractNum>|$)/g)) {
    const id = /w:abstractNumId="([^"]+)"/.exec(m[1] ?? '')?.[1];
    if (id !== undefined) abstracts.set(id, readLevels(m[2]!));
  }
  const byNumId = new Map<string, Levels>();
  for (const m of xml.matchAll(/<w:num(\s[^<>]*)?>([\s\S]*?)(?:<\/w:num>|$)/g)) {
    const numId = /w:numId="([^"]+)"/.exec(m[1] ?? '')?.[1];
    const abstract = abstracts.get(attr(m[2]!, 'abstractNumId') ?? '');
    if (numId === undefined || !abstract) continue;
    const levels: Levels = new Map(abstract);
    for (const o of m[2]!.matchAll(/<w:lvlOverride(\s[^<>]*)?>([\s\S]*?)(?:<\/w:lvlOverride>|$)/g)) {
      const ilvl = /w:ilvl="(\d+)"/.exec(o[1] ?? '')?.[1];
      const start = attr(o[2]!, 'startOverride');
      const base = ilvl === undefined ? undefined : levels.get(Number(ilvl));
      if (start !== undefined && base) levels.set(Number(ilvl), { ...base, start: Number(start) });
    }
    byNumId.set(numId, levels);
  }
  const byStyle = new Map<string, { key: string; ilvl: number; levels: Levels }>();
  for (const [id, levels] of abstracts) {
    for (const [ilvl, level] of levels) if (level.style) byStyle.set(level.style, { key: `abstract:${id}`, ilvl, levels });
  }
  return { byNumId, byStyle };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, digits] of table) for (; n >= value; n -= value) out += digits;
  return out;
}

/** A counter in a Word number format; unknown formats fall back to decimal, as Word does. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'bullet':
    case 'none':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumeral(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2473 + n) : `(${n})`;
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

/**
 * The marker Word shows before each numbered paragraph of `documentXml`, in document order
 * (`''` for a bullet or an empty pattern). Counters run per list and restart below a level
 * that advances, as in Word.
 */
export function listMarkers(documentXml: string, numberingXml: string): string[] {
  const numbering = readNumbering(numberingXml);
  const counters = new Map<string, number[]>();
  const markers: string[] = [];
  for (const m of documentXml.matchAll(/<w:p(?:\s[^<>]*?)?(?:\/>|>([\s\S]*?)(?:<\/w:p>|$))/g)) {
    const props = /<w:pPr(?:\s[^<>]*)?>([\s\S]*?)(?:<\/w:pPr>|$)/.exec(m[1] ?? '')?.[1] ?? '';
    const numPr = /<w:numPr(?:\s[^<>]*)?>([\s\S]*?)(?:<\/w:numPr>|$)/.exec(props)?.[1];
    let list: { key: string; ilvl: number; levels: Levels } | undefined;
    const numId = numPr ? attr(numPr, 'numId') : undefined;
    const ilvlAttr = numPr ? attr(numPr, 'ilvl') : undefined;
    if (numId !== undefined && ilvlAttr !== undefined) {
      const levels = numbering.byNumId.get(numId);
      if (levels?.has(Number(ilvlAttr))) list = { key: `num:${numId}`, ilvl: Number(ilvlAttr), levels };
    } else {
      const style = attr(props, 'pStyle');
      list = style ? numbering.byStyle.get(style) : undefined;
      if (!list && numId !== undefined) {
        // mammoth's fallback for a numPr without an ilvl: level 0
        const levels = numbering.byNumId.get(numId);
        if (levels?.has(0)) list = { key: `num:${numId}`, ilvl: 0, levels };
      }
    }
    if (!list) continue;
    const count = counters.get(list.key) ?? [];
    counters.set(list.key, count);
    const level = list.levels.get(list.ilvl)!;
    count[list.ilvl] = (count[list.ilvl] ?? level.start - 1) + 1;
    count.length = list.ilvl + 1; // deeper levels restart
    if (level.format === 'bullet') {
      markers.push('');
      continue;
    }
    markers.push(
      level.pattern.replace(/%([1-9])/g, (_, k: string) => {
        const at = Number(k) - 1;
        const def = list!.levels.get(at);
        return def ? formatNumber(count[at] ?? def.start, def.format) : '';
      }),
    );
  }
  return markers;
}
