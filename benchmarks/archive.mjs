/**
 * A synthetic archive for the benchmark: reports recombined from the corpus's paragraphs with a
 * seeded PRNG, so every run builds exactly the same files. Each document follows the outline of
 * one corpus report (its headings' markers and order) with every line replaced by a line of the
 * same shape from any report, and its years moved to another year, so lengths and structure stay
 * realistic while the texts differ. About one in five is GBK-encoded, one in ten is .md, and they
 * lie in nested folders: part-N/dept-NN/YEAR/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const corpusDir = new URL('../corpus/', import.meta.url);

/** mulberry32: tiny, fast and good enough to shuffle paragraphs reproducibly. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHAPES = [
  ['h1', /^[一二三四五六七八九十]+、/u],
  ['h2', /^[（(][一二三四五六七八九十]+[）)]/u],
  ['num', /^\d+[.．、]\s?/u],
  ['item', /^[一二三四五六七八九十]+是/u],
];

function shapeOf(line) {
  const trimmed = line.trim();
  for (const [shape, re] of SHAPES) {
    const m = re.exec(trimmed);
    if (m) return { shape, marker: m[0], rest: trimmed.slice(m[0].length) };
  }
  return { shape: 'para', marker: '', rest: trimmed };
}

function loadCorpus() {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  const outlines = [];
  const pools = { h1: [], h2: [], num: [], item: [], para: [] };
  for (const f of files) {
    const lines = readFileSync(new URL(f, corpusDir), 'utf8').split(/\r?\n/).filter((l) => l.trim());
    const outline = lines.map(shapeOf);
    outlines.push(outline);
    for (const l of outline) pools[l.shape].push(l.rest);
  }
  return { outlines, pools };
}

const DEPARTMENTS = ['局', '委员会', '办公室', '中心', '分局', '服务站', '管理处', '研究所'];

/** The text of document `index` (deterministic in seed and index). */
export function* synthesize(count, seed = 20240601) {
  const { outlines, pools } = loadCorpus();
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let index = 0; index < count; index++) {
    const outline = pick(outlines);
    const year = 2015 + Math.floor(random() * 10);
    const shift = year - 2021;
    const lines = [];
    if (random() < 0.6) lines.push(`xx${pick(DEPARTMENTS)}${year}年工作总结${random() < 0.5 ? '和' + (year + 1) + '年工作计划' : ''}`);
    for (const { shape, marker } of outline) {
      // Headings keep the outline's marker so numbering stays consistent; some body lines drop out.
      if (shape !== 'h1' && random() < 0.12) continue;
      lines.push(marker + pick(pools[shape]));
    }
    const text = lines.join('\n').replace(/(20[12]\d)年/g, (_, y) => `${Number(y) + shift}年`) + '\n';
    yield { index, year, text, dept: Math.floor(random() * 40), gbk: random() < 0.2, md: random() < 0.1 };
  }
}

/** GBK's two-byte table, read off the platform's decoder (Node has no GBK encoder). */
function gbkEncoder() {
  const table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let char;
      try {
        char = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, (lead << 8) | trail);
    }
  }
  return (text) => {
    const bytes = [];
    for (const char of text) {
      const code = char.codePointAt(0);
      if (code < 0x80) bytes.push(code);
      else {
        const pair = table.get(char);
        if (pair === undefined) return undefined; // not in GBK: the caller writes UTF-8 instead
        bytes.push(pair >> 8, pair & 0xff);
      }
    }
    return Uint8Array.from(bytes);
  };
}

/**
 * Writes `count` documents under `root` in parts of `perPart` (part-0 … part-N), so that the
 * first k parts are an archive of k·perPart documents. Returns the part folders and totals.
 */
export function buildArchive(root, count, { seed, perPart = 1000 } = {}) {
  const encodeGbk = gbkEncoder();
  const parts = [];
  let bytes = 0;
  let chars = 0;
  let gbk = 0;
  for (const doc of synthesize(count, seed)) {
    const part = Math.floor(doc.index / perPart);
    if (!parts[part]) parts[part] = join(root, `part-${part}`);
    const dir = join(parts[part], `dept-${String(doc.dept).padStart(2, '0')}`, String(doc.year));
    mkdirSync(dir, { recursive: true });
    let data = doc.gbk ? encodeGbk(doc.text) : undefined;
    if (data) gbk++;
    data ??= Buffer.from(doc.text, 'utf8');
    writeFileSync(join(dir, `report-${String(doc.index).padStart(5, '0')}.${doc.md ? 'md' : 'txt'}`), data);
    bytes += data.length;
    chars += doc.text.length;
  }
  return { parts, documents: count, bytes, chars, gbk };
}
