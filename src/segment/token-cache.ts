/**
 * Tokens of a sentence, segmented once per file and shared by the plugins that need them
 * (metrics, plan keywords). Segmentation is most of the cost of a parse, so no span is cut twice.
 */
import type { VFile } from 'vfile';
import type { Segmenter, Token } from './segmenter.js';

declare module 'vfile' {
  interface DataMap {
    tokenCache: globalThis.Map<string, Token[]>;
  }
}

export function tokensOf(file: VFile, segmenter: Segmenter, text: string, start: number, end: number): Token[] {
  const cache = (file.data.tokenCache ??= new Map());
  const key = `${start}:${end}`;
  let tokens = cache.get(key);
  if (!tokens) cache.set(key, (tokens = segmenter.tokenize(text.slice(start, end), start)));
  return tokens;
}
