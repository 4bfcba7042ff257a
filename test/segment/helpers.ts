import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DICTIONARY = join(ROOT, 'dictionaries', 'political-terms.utf8');

export interface DictionaryLine {
  line: string;
  lineNo: number;
  word: string;
  freq: string;
  tag: string;
  fields: string[];
}

export function readDictionary(): DictionaryLine[] {
  const content = readFileSync(DICTIONARY, 'utf8');
  const lines = content.endsWith('\n') ? content.slice(0, -1).split('\n') : content.split('\n');
  return lines.map((line, i) => {
    const fields = line.split(' ');
    return { line, lineNo: i + 1, word: fields[0] ?? '', freq: fields[1] ?? '', tag: fields[2] ?? '', fields };
  });
}

export function readCorpus(): Array<{ name: string; text: string }> {
  const dir = join(ROOT, 'corpus');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '') }));
}
