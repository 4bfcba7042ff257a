/**
 * The jieba engines behind a segmenter. Both take the same dictionaries and give `{word, tag}`
 * lists; the segmenter turns those into tokens with offsets.
 *
 *   nodejieba     the default: cppjieba with nodejieba's dictionaries. Through baogao's binding
 *                 (native/, built at install) one dictionary (about 115 MB) serves every thread of
 *                 the process. Where the binding was not built, nodejieba's own addon is used: the
 *                 same tokens, but each thread loads two tries of its own (about 240 MB) in a second.
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
  open(key: string, dict: string, hmm: string, userDict: string): object;
  /** Flat: word, tag, word, tag … */
  tag(handle: object, text: string): string[];
  /** Dictionaries built in this process so far, and how many are in use. */
  stats(): { builds: number; live: number };
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
      const key = createHash('sha256').update(`${j.DEFAULT_DICT}\n${j.DEFAULT_HMM_DICT}\n${entries.join('\n')}`).digest('hex');
      handle = withUserDict(entries, (file) => binding.open(key, j.DEFAULT_DICT, j.DEFAULT_HMM_DICT, file));
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
