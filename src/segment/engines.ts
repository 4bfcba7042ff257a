/**
 * The jieba engines behind a segmenter. Both take the same dictionaries and give `{word, tag}`
 * lists; the segmenter turns those into tokens with offsets.
 *
 *   nodejieba     the default: cppjieba. One dictionary per thread; `load()` builds two full tries
 *                 (about 255 MB) and takes a second or more.
 *   node-rs       @node-rs/jieba (jieba-rs, prebuilt binaries from the npm registry; an optional
 *                 dependency): about 60 MB, loads in a tenth of a second, cuts about twice as fast.
 *                 It keeps jieba's own tag for a word its dictionary already has, so the tags of
 *                 our dictionaries are laid over its output.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type EngineName = 'nodejieba' | 'node-rs';
export const ENGINES: readonly EngineName[] = ['nodejieba', 'node-rs'];

export interface Engine {
  tag(text: string): Array<{ word: string; tag: string }>;
  /** Makes `entries` (normalised dictionary lines, bundled first) the engine's user dictionary. */
  load(entries: string[]): void;
}

export class EngineError extends Error {
  readonly code = 'EENGINE';
}

const require = createRequire(import.meta.url);

function nodejieba(): Engine {
  const j = require('nodejieba') as { load(o: { userDict: string }): unknown; tag(t: string): Array<{ word: string; tag: string }> };
  return {
    tag: (text) => j.tag(text),
    load(entries) {
      // One temporary file: cppjieba reads user dictionaries from paths only, splits a userDict
      // value on `|` and `;`, and aborts the process on a path it cannot open.
      const dir = mkdtempSync(join(tmpdir(), 'baogao-jieba-'));
      const file = join(dir, 'user.dict.utf8');
      if (/[|;]/.test(file)) throw new EngineError(`temporary dictionary path contains | or ;: ${file}`);
      try {
        writeFileSync(file, entries.join('\n') + '\n');
        j.load({ userDict: file });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

interface RsJieba {
  loadDict(dict: Uint8Array): void;
  tag(text: string, hmm?: boolean): Array<{ word: string; tag: string }>;
}

function nodeRs(): Engine {
  let mod: { Jieba: { withDict(dict: Uint8Array): RsJieba } };
  let dict: Uint8Array;
  try {
    mod = require('@node-rs/jieba');
    dict = (require('@node-rs/jieba/dict') as { dict: Uint8Array }).dict;
  } catch (error) {
    throw new EngineError(`the node-rs segmenter needs the optional dependency @node-rs/jieba, which is not installed (${(error as Error).message.split('\n')[0]})`);
  }
  let jieba: RsJieba | undefined;
  let loaded = 0;
  const tags = new Map<string, string>();
  return {
    tag(text) {
      const out = jieba!.tag(text, true);
      for (const t of out) {
        const own = tags.get(t.word);
        if (own) t.tag = own;
      }
      return out;
    },
    load(entries) {
      jieba ??= mod.Jieba.withDict(dict);
      // jieba-rs adds to its dictionary; only entries it has not seen are passed on.
      const fresh = entries.slice(loaded);
      loaded = entries.length;
      if (!fresh.length) return;
      jieba.loadDict(Buffer.from(fresh.join('\n') + '\n'));
      for (const line of fresh) {
        const parts = line.split(' ');
        tags.set(parts[0]!, parts[parts.length - 1]!);
      }
    },
  };
}

const engines = new Map<EngineName, Engine>();

/** The process-wide (per-thread) engine of that name, created on first use. */
export function engine(name: EngineName): Engine {
  let e = engines.get(name);
  if (!e) engines.set(name, (e = name === 'node-rs' ? nodeRs() : nodejieba()));
  return e;
}

export function readBundled(paths: string[]): string[] {
  return paths.flatMap((p) => readFileSync(p, 'utf8').split(/\r?\n/).filter((l) => l.trim()));
}
