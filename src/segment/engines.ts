/**
 * The jieba engines behind a segmenter. Both take the same dictionaries and give `{word, tag}`
 * lists; the segmenter turns those into tokens with offsets.
 *
 *   nodejieba     the default: cppjieba with nodejieba's dictionaries. Through baogao's binding
 *                 (native/, built at install) one dictionary serves every thread of the process:
 *                 an image of cppjieba's built dictionary, cached in a file (image-cache.ts) that
 *                 later processes map in a few milliseconds (about 12 MB, shared); the first
 *                 process with a dictionary set builds it (about a second). Where the binding was
 *                 not built, nodejieba's own addon is used: the same tokens, but each thread loads
 *                 two tries of its own (about 240 MB) in a second.
 *   node-rs       @node-rs/jieba (jieba-rs, prebuilt binaries from the npm registry; an optional
 *                 dependency): about 60 MB, loads in a tenth of a second, cuts about twice as fast.
 *                 It keeps jieba's own tag for a word its dictionary already has, so the tags of
 *                 our dictionaries are laid over its output.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageFile } from './image-cache.js';

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

interface NodejiebaModule {
  load(o: { userDict: string }): unknown;
  tag(t: string): Array<{ word: string; tag: string }>;
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
}

/** baogao's binding (native/): cppjieba with one dictionary per process, shared by all threads. */
interface SharedBinding {
  /**
   * With `cacheFile` (a path, or '' for none) the dictionary is an image of cppjieba's built one,
   * mapped from that file, or built and written there when the file is missing or invalid; without
   * it, cppjieba's own objects are built as before the cache (kept to compare against).
   */
  open(key: string, dict: string, hmm: string, userDict: string, cacheFile?: string): object;
  /** Flat: word, tag, word, tag … */
  tag(handle: object, text: string): string[];
  /** In this process so far: dictionaries built from the text files, cache files mapped and written; engines in use. */
  stats(): { builds: number; mapped: number; written: number; live: number };
  /** The image format's version (absent in a binding built before the cache). */
  readonly formatVersion?: number;
  /** A hash of a file's bytes, or undefined where it cannot be read. */
  hashFile?(path: string): string | undefined;
}

const SHARED_BINDING = fileURLToPath(new URL('../../native/build/Release/jieba_shared.node', import.meta.url));

let shared: SharedBinding | null | undefined;
/** The shared binding, or null where it was not built (no compiler at install): nodejieba's own is used then. */
export function sharedBinding(): SharedBinding | null {
  if (shared === undefined) {
    try {
      shared = existsSync(SHARED_BINDING) ? (require(SHARED_BINDING) as SharedBinding) : null;
    } catch {
      shared = null; // built for another Node ABI or platform
    }
  }
  return shared;
}

/** Writes `entries` to a temporary user dictionary for `use`, and removes it afterwards. */
function withUserDict<T>(entries: string[], use: (file: string) => T): T {
  // One temporary file: cppjieba reads user dictionaries from paths only, splits a userDict
  // value on `|` and `;`, and aborts the process on a path it cannot open.
  const dir = mkdtempSync(join(tmpdir(), 'baogao-jieba-'));
  const file = join(dir, 'user.dict.utf8');
  if (/[|;]/.test(file)) throw new EngineError(`temporary dictionary path contains | or ;: ${file}`);
  try {
    writeFileSync(file, entries.join('\n') + '\n');
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The registry key and cache file of a dictionary set: a hash of the image format, the binding's
 * and nodejieba's versions (cppjieba's loading rules), the dictionary and HMM files' paths and
 * bytes (hashed by the binding) and the user entries, so any change to them names another file. cacheFile is '' where
 * no folder can be written (the image is kept in memory), and undefined (cppjieba builds its own,
 * as before the cache) with BAOGAO_JIEBA_CACHE=off or a binding built before images.
 */
function dictionarySet(binding: SharedBinding, j: NodejiebaModule, entries: string[]): { key: string; cacheFile?: string } {
  if (binding.formatVersion === undefined || !binding.hashFile || process.env.BAOGAO_JIEBA_CACHE === 'off') {
    return { key: createHash('sha256').update(`${j.DEFAULT_DICT}\n${j.DEFAULT_HMM_DICT}\n${entries.join('\n')}`).digest('hex') };
  }
  const version = (require('nodejieba/package.json') as { version: string }).version;
  const hash = createHash('sha256').update(`baogao-jieba image ${binding.formatVersion} nodejieba ${version} ${process.arch}\n`);
  // The binding's own bytes too: a rebuilt binding (a fix in how it dumps cppjieba) makes new images.
  for (const file of [j.DEFAULT_DICT, j.DEFAULT_HMM_DICT, SHARED_BINDING]) {
    const bytes = binding.hashFile(file);
    // Unreadable: no image; open() reports the file as before (cppjieba would abort on it).
    if (bytes === undefined) return { key: `unreadable\n${entries.join('\n')}` };
    hash.update(`${file}\n${bytes}\n`);
  }
  const key = hash.update(entries.join('\n')).digest('hex');
  return { key, cacheFile: imageFile(key) };
}

function nodejieba(): Engine {
  const j = require('nodejieba') as NodejiebaModule;
  const binding = sharedBinding();
  if (!binding) {
    return {
      tag: (text) => j.tag(text),
      load: (entries) => withUserDict(entries, (file) => j.load({ userDict: file })),
    };
  }
  let handle: object | undefined;
  return {
    tag(text) {
      const flat = binding.tag(handle!, text);
      const out = new Array<{ word: string; tag: string }>(flat.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = { word: flat[2 * i]!, tag: flat[2 * i + 1]! };
      return out;
    },
    load(entries) {
      // Threads asking for the same dictionaries get the same instance: the key says which.
      const { key, cacheFile } = dictionarySet(binding, j, entries);
      handle = withUserDict(entries, (file) =>
        cacheFile === undefined ? binding.open(key, j.DEFAULT_DICT, j.DEFAULT_HMM_DICT, file) : binding.open(key, j.DEFAULT_DICT, j.DEFAULT_HMM_DICT, file, cacheFile),
      );
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
