/** The lint dictionaries (dictionaries/*.tsv): tab-separated rows, `#` lines are comments. */
import { readFileSync } from 'node:fs';
import { dictionaryPath } from '../segment/dictionaries.js';

export function readRows(name: string): string[][] {
  return readFileSync(dictionaryPath(name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
