/**
 * Word segmentation with jieba, returning tokens with offsets and part-of-speech tags.
 *
 * nodejieba holds one process-wide dictionary, so every segmenter shares it: dictionaries and
 * words are added to the same trie, never removed. Loading happens on the first createSegmenter
 * call, and again when a later call brings new dictionaries or words.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dictionaryPath } from './dictionaries.js';
import { engine, ENGINES, EngineError, readBundled, type Engine, type EngineName } from './engines.js';

export { ENGINES, EngineError, type EngineName } from './engines.js';

export interface Token {
  word: string;
  /** jieba POS tag, or the category code of a dictionary term (see dictionaries/README.md). */
  tag: string;
  start: number;
  end: number;
}

export interface Segmenter {
  /** Tokens of `text`; their words rejoin to `text`, offsets are shifted by `offset`. */
  tokenize(text: string, offset?: number): Token[];
}

export interface SegmenterOptions {
  /** Extra jieba user-dictionary files (`word [freq] [tag]` per line). */
  dictionaries?: string[];
  /** Extra single words: `word`, `word tag` or `word freq tag`. */
  words?: string[];
  /** The jieba engine: nodejieba (default) or node-rs (@node-rs/jieba, optional dependency). */
  engine?: EngineName;
}

export class DictionaryError extends Error {
  readonly code = 'EDICT';
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'DictionaryError';
  }
}

const loadedDictionaries = new Set<string>();
/**
 * Entries of the bundled dictionaries, then of user dictionaries and `words`, normalised to
 * `word freq tag` or `word tag`, in the order they were added (a later entry for a word wins).
 * Honouring frequencies means loading them as a user dictionary, so new entries reload the engine.
 */
const userEntries: string[] = [];
const addedEntries = new Set<string>();
/** Engines loaded with every entry so far. */
const current = new Set<EngineName>();

/** Fails with a catchable error instead of letting cppjieba abort the process. */
export function checkDictionaryPath(file: string): void {
  if (!existsSync(file)) throw new DictionaryError(`dictionary not found: ${file}`, file);
  if (!statSync(file).isFile()) throw new DictionaryError(`dictionary is not a file: ${file}`, file);
}

/** `word [freq] [tag]` → `word freq tag` / `word tag` (tag `nz` when absent); comments and blanks → undefined. */
function normaliseEntry(line: string): string | undefined {
  const parts = line.replace(/^\uFEFF/, '').trim().split(/\s+/);
  const word = parts[0];
  if (!word || word.startsWith('#')) return undefined;
  const numeric = parts[1] !== undefined && /^\d+$/.test(parts[1]);
  const freq = numeric && Number(parts[1]) > 0 ? parts[1] : undefined; // cppjieba takes log(freq)
  const tag = (numeric ? parts[2] : parts[1]) ?? 'nz';
  return freq ? `${word} ${freq} ${tag}` : `${word} ${tag}`;
}

function addEntry(line: string): void {
  const entry = normaliseEntry(line);
  if (!entry || addedEntries.has(entry)) return;
  addedEntries.add(entry);
  userEntries.push(entry);
  current.clear();
}

/**
 * The bundled dictionaries: political terms (categories in the tag column) and words of report
 * writing that jieba's own dictionary lacks or cuts badly: verbs (研究部署, 约谈) and qualifiers (不少于).
 */
export const BUNDLED_DICTIONARIES = ['political-terms.utf8', 'report-words.utf8'] as const;

function bundledEntries(): string[] {
  const paths = BUNDLED_DICTIONARIES.map((name) => dictionaryPath(name));
  for (const file of paths) checkDictionaryPath(file);
  return readBundled(paths);
}

/** Placeholder characters of template reports (`xx`, `XXX`, `**`). */
const PLACEHOLDER = /^[xX*＊×]+$/;

/**
 * Creates a segmenter. Dictionary paths are checked first: a missing file throws
 * DictionaryError before nodejieba is touched. New dictionaries or words reload jieba, so that
 * their frequencies count: about a second the first time a set is seen, then from its cached image.
 */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const name = options.engine ?? 'nodejieba';
  if (!ENGINES.includes(name)) throw new EngineError(`unknown segmenter "${name}" (${ENGINES.join(' or ')})`);
  const files = options.dictionaries ?? [];
  for (const file of files) checkDictionaryPath(file);
  // Read every new file before adding anything, so that a failure leaves no half-added state.
  const contents: Array<[string, string]> = [];
  for (const file of files) {
    if (loadedDictionaries.has(file)) continue;
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      throw new DictionaryError(`cannot read dictionary: ${file}: ${(error as Error).message}`, file);
    }
    // A binary or non-UTF-8 file would load as garbage words: refuse it by name.
    if (/[\u0000\ufffd]/.test(content)) throw new DictionaryError(`dictionary is not UTF-8 text: ${file}`, file);
    contents.push([file, content]);
  }
  for (const entry of options.words ?? []) {
    if (typeof entry !== 'string' || !entry.trim()) throw new DictionaryError(`empty word given to add to the dictionary (${JSON.stringify(entry)})`, '');
  }
  if (userEntries.length === 0) for (const line of bundledEntries()) addEntry(line);
  for (const [file, content] of contents) {
    loadedDictionaries.add(file);
    for (const line of content.split(/\r?\n/)) addEntry(line);
  }
  for (const entry of options.words ?? []) addEntry(entry);
  const e = engine(name);
  if (!current.has(name)) {
    e.load(userEntries);
    current.add(name);
  }
  return { tokenize: (text, offset = 0) => tokenize(e, text, offset) };
}

function tokenize(j: Engine, text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const push = (word: string, tag: string, start: number) => {
    const prev = tokens[tokens.length - 1];
    // jieba cuts `**` into single stars and may split `xx`; a placeholder stays one token.
    if (prev && prev.end === offset + start && PLACEHOLDER.test(prev.word) && PLACEHOLDER.test(word)) {
      prev.word += word;
      prev.end += word.length;
      return;
    }
    tokens.push({ word, tag, start: offset + start, end: offset + start + word.length });
  };
  for (const { word, tag } of j.tag(text)) {
    if (!word) continue;
    let found = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (found < 0) continue; // jieba never invents text; skip defensively
    if (found > at) push(text.slice(at, found), 'x', at); // text jieba skipped stays covered
    push(word, tag, found);
    at = found + word.length;
  }
  if (at < text.length) push(text.slice(at), 'x', at);
  return tokens;
}
