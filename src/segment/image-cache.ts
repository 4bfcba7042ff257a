/**
 * The folder of cached dictionary images (native/dict_image.hpp): one file per dictionary set,
 * named by engines.ts after a hash of everything the image is built from. The binding writes and
 * checks the files; this module only chooses the folder and keeps it small.
 */
import { mkdirSync, readdirSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the dictionary images are cached: $BAOGAO_CACHE_DIR, else $XDG_CACHE_HOME/baogao, else
 * ~/.cache/baogao, else <tmp>/baogao-cache.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BAOGAO_CACHE_DIR) return resolve(env.BAOGAO_CACHE_DIR);
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'baogao');
  let home = '';
  try {
    home = homedir();
  } catch {
    // no home directory (a service account): the temporary folder
  }
  return home ? join(home, '.cache', 'baogao') : join(tmpdir(), 'baogao-cache');
}

/** Images kept in the cache folder: one per dictionary set (bundled dictionaries plus --dict/--word). */
const KEEP_IMAGES = 8;
const IMAGE = /^jieba-[0-9a-f]{32}\.img$/;
const PARTIAL = /^jieba-[0-9a-f]{32}\.img\..*\.tmp$/;

/** `dir` made if need be; false where it cannot be, or others could write to it (a planted image would be read). */
function usableCacheDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    return st.isDirectory() && (process.getuid === undefined || (st.uid === process.getuid() && (st.mode & 0o002) === 0));
  } catch {
    return false;
  }
}

/** Drops the least recently used images beyond KEEP_IMAGES (making room for one more) and temporaries left by a crash. */
function pruneCache(dir: string): void {
  // Each step may fail (another process pruned first, a file in use on Windows): the rest goes on.
  const attempt = (step: () => void) => {
    try {
      step();
    } catch {
      // left for the next prune
    }
  };
  const now = Date.now();
  const images: Array<{ file: string; used: number }> = [];
  let names: string[] = [];
  attempt(() => (names = readdirSync(dir)));
  for (const name of names) {
    const file = join(dir, name);
    if (IMAGE.test(name)) attempt(() => images.push({ file, used: statSync(file).mtimeMs }));
    else if (PARTIAL.test(name)) attempt(() => now - statSync(file).mtimeMs > 3_600_000 && unlinkSync(file));
  }
  images.sort((a, b) => b.used - a.used);
  for (const { file } of images.slice(KEEP_IMAGES - 1)) attempt(() => unlinkSync(file));
}

/**
 * The image file for a dictionary set's hash (hex), or '' where no cache folder can be used (the
 * binding then keeps the image in memory).
 */
export function imageFile(hash: string): string {
  const dir = cacheDir();
  if (!usableCacheDir(dir)) return '';
  const file = join(dir, `jieba-${hash.slice(0, 32)}.img`);
  try {
    // An image in use is touched once a day, so pruning drops the ones not used for longest.
    if (Date.now() - statSync(file).mtimeMs > 86_400_000) utimesSync(file, new Date(), new Date());
  } catch {
    pruneCache(dir); // not there yet: the binding writes it
  }
  return file;
}
