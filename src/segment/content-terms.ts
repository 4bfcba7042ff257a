/**
 * Content terms of a text for matching: jieba tokens with the political dictionary, keeping
 * nouns, verbs, names and dictionary terms and dropping function words, numbers, punctuation and
 * the generic words every report uses (dictionaries/generic-terms.utf8).
 */
import { readFileSync } from 'node:fs';
import type { Segmenter, Token } from './segmenter.js';
import { dictionaryPath } from './dictionaries.js';
import { isCategoryTag } from './categories.js';

let generic: Set<string> | undefined;
function genericTerms(): Set<string> {
  generic ??= new Set(readFileSync(dictionaryPath('generic-terms.utf8'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
  return generic;
}

// jieba tags: keep nouns (n*), verbs (v*), idioms (i, l), English (eng) and our category tags (n..).
const CONTENT_TAG = /^(n|v|a[dn]?$|i$|l$|j$|eng$)/;
const PLACEHOLDER = /^[xX*＊×]+$/;

export function isContentToken(t: Token): boolean {
  if (t.word.length < 2) return false;
  if (!CONTENT_TAG.test(t.tag)) return false;
  if (PLACEHOLDER.test(t.word) || /^\d/.test(t.word)) return false;
  return !genericTerms().has(t.word);
}

/** Words that name something specific: terms of the political dictionary (category tags). */
const specific = new Set<string>();

export function isSpecific(word: string): boolean {
  return specific.has(word);
}

export function contentTerms(segmenter: Segmenter, text: string): string[] {
  return contentTermsOf(segmenter.tokenize(text));
}

/** Content terms of tokens already cut. */
export function contentTermsOf(tokens: Token[]): string[] {
  return tokens
    .filter(isContentToken)
    .map((t) => {
      if (isCategoryTag(t.tag)) specific.add(t.word);
      return t.word;
    });
}
