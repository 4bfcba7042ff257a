/**
 * Word segmentation with jieba, returning tokens with offsets and part-of-speech tags.
 *
 * nodejieba holds one process-wide dictionary, so every segmenter shares it: dictionaries and
 * words are added to the same trie, never removed. Loading happens on first use.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dictionaryPath } from './dictionaries.js';

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
  /** Extra single words, optionally `word tag`. */
  words?: string[];
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

interface Jieba {
  load(options: { userDict?: string }): unknown;
  tag(text: string): Array<{ word: string; tag: string }>;
  insertWord(word: string, tag?: string): boolean;
}

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
const loadedDictionaries = new Set<string>();
const insertedWords = new Set<string>();

/** Fails with a catchable error instead of letting cppjieba abort the process. */
export function checkDictionaryPath(file: string): void {
  if (!existsSync(file)) throw new DictionaryError(`dictionary not found: ${file}`, file);
  if (!statSync(file).isFile()) throw new DictionaryError(`dictionary is not a file: ${file}`, file);
}

function engine(): Jieba {
  if (!jieba) {
    const base = dictionaryPath('political-terms.utf8');
    checkDictionaryPath(base);
    const loaded = require('nodejieba') as Jieba;
    loaded.load({ userDict: base });
    loadedDictionaries.add(base);
    jieba = loaded;
  }
  return jieba;
}

/** Adds the words of a user dictionary to the shared trie (jieba's insertWord, line by line). */
function addDictionaryLines(j: Jieba, content: string): void {
  for (const line of content.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    const word = parts[0];
    if (!word || word.startsWith('#')) continue;
    // `word freq tag` or `word tag`; insertWord takes no frequency.
    const tag = parts.length >= 3 ? parts[2] : parts.length === 2 && !/^\d+$/.test(parts[1]!) ? parts[1] : undefined;
    insertWord(j, word, tag);
  }
}

function insertWord(j: Jieba, word: string, tag?: string): void {
  const key = `${word}\t${tag ?? ''}`;
  if (insertedWords.has(key)) return;
  insertedWords.add(key);
  j.insertWord(word, tag ?? 'nz');
}

/** Placeholder characters of template reports (`xx`, `XXX`, `**`). */
const PLACEHOLDER = /^[xX*＊×]+$/;

/**
 * Creates a segmenter. Dictionary paths are checked first: a missing file throws
 * DictionaryError before nodejieba is touched.
 */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const files = options.dictionaries ?? [];
  for (const file of files) checkDictionaryPath(file);
  const j = engine();
  for (const file of files) {
    if (loadedDictionaries.has(file)) continue;
    loadedDictionaries.add(file);
    addDictionaryLines(j, readFileSync(file, 'utf8'));
  }
  for (const entry of options.words ?? []) {
    const [word, tag] = entry.trim().split(/\s+/);
    if (word) insertWord(j, word, tag);
  }
  return { tokenize: (text, offset = 0) => tokenize(j, text, offset) };
}

function tokenize(j: Jieba, text: string, offset: number): Token[] {
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
