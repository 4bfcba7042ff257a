/**
 * Part-of-speech classes used by extraction and attribution: jieba's tags plus the category
 * codes that dictionaries/political-terms.utf8 puts in the tag column (src/segment/categories.ts).
 */
import { isCategoryTag } from '../segment/categories.js';

export { isCategoryTag };

/** Nouns and noun-like words that can head or modify the thing counted. */
export function isNominalTag(tag: string): boolean {
  if (isCategoryTag(tag)) return true;
  // n nr ns nt nz ng nrt…, vn (verbal noun), an (adjectival noun), j (abbreviation),
  // l/i (set phrases, usually names of activities here), b (distinguishing word), s (place).
  return /^(n|vn|an|j|l|i|b|s|g)/.test(tag) || tag === 'eng';
}

export const isVerbTag = (tag: string): boolean => tag === 'v' || tag === 'vd' || tag === 'vi' || tag === 'vq' || tag === 'vg';

export const isAdverbTag = (tag: string): boolean => tag === 'd' || tag === 'ad' || tag === 'dg';
