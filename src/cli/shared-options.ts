/** Options every analysing command takes, and how they become a segmenter. */
import { createSegmenter, DictionaryError, ENGINES, EngineError, type EngineName, type Segmenter } from '../segment/segmenter.js';
import { UsageError } from './io.js';

export const dictionaryOptions = {
  dict: { type: 'string', multiple: true },
  word: { type: 'string', multiple: true },
  segmenter: { type: 'string' },
} as const;

export const dictionaryHelp = `  --dict FILE           extra jieba user dictionary (word [freq] [tag] per line); repeatable
  --word WORD           extra word: "词", "词 tag" or "词 freq tag"; repeatable
  --segmenter NAME      nodejieba (default) or node-rs (@node-rs/jieba, optional: faster)`;

/** The --segmenter value, checked. */
export function engineFrom(value: string | undefined): EngineName | undefined {
  if (value === undefined) return undefined;
  if (!(ENGINES as readonly string[]).includes(value)) throw new UsageError(`unknown --segmenter ${value} (${ENGINES.join(' or ')})`);
  return value as EngineName;
}

/** A missing dictionary is a usage error (exit 2), caught before nodejieba could abort the process. */
export function segmenterFrom(values: { dict?: string[]; word?: string[]; segmenter?: string }): Segmenter {
  try {
    return createSegmenter({ dictionaries: values.dict, words: values.word, engine: engineFrom(values.segmenter) });
  } catch (error) {
    if (error instanceof DictionaryError || error instanceof EngineError) throw new UsageError(error.message);
    throw error;
  }
}

export function formatOption(value: string | undefined, allowed: readonly string[], fallback: string, command: string): string {
  const format = value ?? fallback;
  if (!allowed.includes(format)) throw new UsageError(`${command}: unknown --format ${format} (${allowed.join(', ')})`);
  return format;
}
