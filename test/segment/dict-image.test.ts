/**
 * The dictionary image (native/dict_image.hpp, native/image_segment.hpp): cppjieba's built
 * dictionary, cached in a file that later processes map. It must tag exactly as cppjieba's own
 * DictTrie does (open() without a cache argument), a change of dictionary or user word must name
 * another file, a bad file must be rebuilt, and a folder that cannot be written must leave the
 * image in memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedBinding } from '../../src/segment/engines.js';
import { cacheDir } from '../../src/segment/image-cache.js';
import { notBuilt, root } from '../batch/helpers.js';

const require = createRequire(import.meta.url);
const binding = sharedBinding();
const nodejieba = require('nodejieba') as { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string };
const DICT = nodejieba.DEFAULT_DICT;
const HMM = nodejieba.DEFAULT_HMM_DICT;

const dir = mkdtempSync(join(tmpdir(), 'baogao-dict-image-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const texts = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(folder, f), 'utf8'))
    : [];
const corpus = texts(join(root, 'corpus'));
// Input texts only: the gold annotations beside them are never read here.
const dev = texts(join(root, '..', 'shared', 'corpus', 'dev'));

/** User words that exercise the image: single characters (CJK, rare, astral, ASCII, emoji), ASCII words, overrides, duplicates, a word past MAX_WORD_LENGTH. */
const EXTRA_WORDS = [
  '囧 a',
  '丶 x',
  '𠀀 nz',
  '𠀀𠀁 nz',
  '㐀㐁㐂 n',
  'Q nz',
  'Ａ nz',
  '👍 x',
  '👨‍👩‍👧 n',
  'iPhone15 10 nz',
  '5G n',
  'COVID-19 n',
  '中华人民共和国 1 ns',
  '研究 v',
  '研究 n',
  '研究部署 100000000 v',
  'ｘｘ 5 nz',
  '一 x',
  '党建+ nz',
  '龘'.repeat(512) + ' n',
  '龘'.repeat(513) + ' n',
];

const userDict = (name: string, extra: string[]) => {
  const file = join(dir, name);
  const bundled = ['political-terms.utf8', 'report-words.utf8'].map((f) => readFileSync(join(root, 'dictionaries', f), 'utf8')).join('');
  writeFileSync(file, bundled + extra.join('\n') + '\n');
  return file;
};

/** Seeded mixed text: corpus slices, rare and astral CJK, Latin, digits, punctuation, emoji, user words, whitespace. */
function generated(count: number, seed = 13): string[] {
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const source = corpus.join('');
  const words = EXTRA_WORDS.map((w) => w.split(' ')[0]!).filter((w) => w.length < 20);
  const pieces: Array<() => string> = [
    () => {
      const at = Math.floor(random() * (source.length - 40));
      return source.slice(at, at + 1 + Math.floor(random() * 30));
    },
    () => String.fromCodePoint(0x3400 + Math.floor(random() * 0x19c0)), // extension A
    () => String.fromCodePoint(0x20000 + Math.floor(random() * 0xa6d0)), // extension B (astral)
    () => String.fromCodePoint(0xf900 + Math.floor(random() * 0x100)), // compatibility ideographs
    () => pick(['abc', 'iPhone15', 'x86_64', 'Hello', 'AI', 'ISO9001', 'e', 'é', 'Ünïcode', 'ＡＢＣ', 'ｘｘ', 'XX', '**']),
    () => pick(['12', '3.14', '2023', '1,000', '12.5%', '０１２', '1.2.3', '007', '100万', '5G']),
    () => pick(['，', '。', '、', '；', '：', '？', '！', '“', '”', '（', '）', '《', '》', '…', '—', '·', '.', ',', '!', '?', '-', '/', '%', '+']),
    () => pick([' ', '\t', '\n', '\r\n', '\u3000', '  ']),
    () => pick(['😀', '👍', '👍🏽', '👨‍👩‍👧', '🇨🇳', '❤️', '\u200b', '\ud800', '\udfff']),
    () => pick(words),
    () => '龘'.repeat(pick([1, 2, 511, 512, 513, 600])),
  ];
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 25) }, () => pick(pieces)()).join(''));
}

/** Runs an ES module in a new node process; resolves with its stdout. */
function runNode(code: string, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

/** Tags of every text through both handles must be equal; reports the first difference. */
function expectSameTags(image: object, cppjieba: object, all: string[]) {
  let tokens = 0;
  for (const text of all) {
    const a = binding!.tag(image, text);
    const b = binding!.tag(cppjieba, text);
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) {
      const i = a.findIndex((x, k) => x !== b[k]);
      expect({ text, image: a.slice(Math.max(0, i - 6), i + 6) }).toEqual({ text, image: b.slice(Math.max(0, i - 6), i + 6) });
    }
    tokens += a.length / 2;
  }
  return tokens;
}

describe('cache folder', () => {
  it('is $BAOGAO_CACHE_DIR, else $XDG_CACHE_HOME/baogao, else ~/.cache/baogao', () => {
    expect(cacheDir({ BAOGAO_CACHE_DIR: '/x/y', XDG_CACHE_HOME: '/c' })).toBe('/x/y');
    expect(cacheDir({ XDG_CACHE_HOME: '/c' })).toBe(join('/c', 'baogao'));
    // XDG: a relative path is to be ignored.
    expect(cacheDir({ XDG_CACHE_HOME: 'relative' })).toBe(join(homedir(), '.cache', 'baogao'));
    expect(cacheDir({})).toBe(join(homedir(), '.cache', 'baogao'));
  });
});

describe.skipIf(binding?.formatVersion === undefined)('dictionary image', () => {
  it('tags as cppjieba’s own dictionary: corpus, dev texts and generated mixed text, with user words', () => {
    const user = userDict('user.utf8', EXTRA_WORDS);
    const cppjieba = binding!.open('image-test', DICT, HMM, user);
    const before = binding!.stats();
    const image = binding!.open('image-test', DICT, HMM, user, join(dir, 'full.img'));
    const after = binding!.stats();
    // Built once from the text files, written, and mapped back from the file.
    expect([after.builds - before.builds, after.written - before.written, after.mapped - before.mapped]).toEqual([1, 1, 1]);
    const mixed = generated(3000);
    const tokens = expectSameTags(image, cppjieba, [...corpus, ...dev, ...mixed, '', ' ', '\n', '龘'.repeat(2000), '𠀀'.repeat(50)]);
    expect(tokens).toBeGreaterThan(50_000);
    // The user words came through: single characters kept from the HMM, the duplicate's last tag.
    const tag = (text: string) => binding!.tag(image, text);
    expect(tag('开展研究')).toContain('研究');
    expect(tag('开展研究')[tag('开展研究').indexOf('研究') + 1]).toBe('n');
    expect(tag('囧')).toEqual(['囧', 'a']);
    expect(tag('𠀀𠀁')).toEqual(['𠀀𠀁', 'nz']);
  }, 180_000);

  it('throws for a dictionary file it cannot open, as cppjieba’s path does, cache or not', () => {
    for (const cache of ['', join(dir, 'full.img')]) {
      expect(() => binding!.open('missing', '/nonexistent/jieba.dict.utf8', HMM, '', cache)).toThrow(/cannot open dictionary file \/nonexistent/);
    }
  });

  it('tags as cppjieba without a user dictionary', () => {
    const cppjieba = binding!.open('image-test-plain', DICT, HMM, '');
    const image = binding!.open('image-test-plain', DICT, HMM, '', join(dir, 'plain.img'));
    expectSameTags(image, cppjieba, [...corpus, ...generated(1000, 7)]);
  }, 180_000);

  // The file's life, with a small main dictionary so that each rebuild is quick.
  describe('cache file', () => {
    const small = join(dir, 'small.dict.utf8');
    writeFileSync(small, readFileSync(DICT, 'utf8').split('\n').slice(0, 4000).join('\n') + '\n中国 5000 ns\n共产党 3000 nt\n');
    const user = userDict('small-user.utf8', EXTRA_WORDS.slice(0, 12));
    const file = join(dir, 'small.img');
    const sample = [...corpus.slice(0, 2), ...generated(200, 99)];
    let n = 0;
    const key = () => `small-${n++}`; // a new key each time: past the in-process registry
    const delta = (before: { builds: number; mapped: number; written: number }) => {
      const now = binding!.stats();
      return { builds: now.builds - before.builds, mapped: now.mapped - before.mapped, written: now.written - before.written };
    };

    it('is written once, then mapped', () => {
      const cppjieba = binding!.open('small-cppjieba', small, HMM, user);
      let before = binding!.stats();
      expectSameTags(binding!.open(key(), small, HMM, user, file), cppjieba, sample);
      expect(delta(before)).toEqual({ builds: 1, mapped: 1, written: 1 });
      before = binding!.stats();
      expectSameTags(binding!.open(key(), small, HMM, user, file), cppjieba, sample);
      expect(delta(before)).toEqual({ builds: 0, mapped: 1, written: 0 });
    });

    it('is rebuilt when truncated, corrupted or foreign, and comes back byte for byte', () => {
      const cppjieba = binding!.open('small-cppjieba', small, HMM, user);
      binding!.open(key(), small, HMM, user, file);
      const good = readFileSync(file);
      const flip = (at: number) => {
        const b = Buffer.from(good);
        b[at] ^= 0x20;
        return b;
      };
      const bad: Record<string, Buffer> = {
        empty: Buffer.alloc(0),
        'header only': good.subarray(0, 296),
        'cut in half': good.subarray(0, good.length >> 1),
        'one byte short': good.subarray(0, good.length - 1),
        'one byte more': Buffer.concat([good, Buffer.from([0])]),
        'magic flipped': flip(0),
        'version flipped': flip(8),
        'a header count flipped': flip(200),
        'a body byte flipped': flip(good.length >> 1),
        'the last byte flipped': flip(good.length - 1),
        'zeros after a crash': Buffer.concat([good.subarray(0, 4096), Buffer.alloc(good.length - 4096)]),
        'another format': Buffer.from('BGJIEBA\n' + 'x'.repeat(1000)),
      };
      for (const [name, bytes] of Object.entries(bad)) {
        // Replaced, not rewritten in place: a mapping of the old file may still be open.
        writeFileSync(`${file}.bad`, bytes);
        renameSync(`${file}.bad`, file);
        const before = binding!.stats();
        const handle = binding!.open(key(), small, HMM, user, file);
        expect({ name, ...delta(before) }).toEqual({ name, builds: 1, mapped: 1, written: 1 });
        expect(readFileSync(file).equals(good), name).toBe(true);
        expectSameTags(handle, cppjieba, sample.slice(0, 20));
      }
    });

    it('stays in memory where the folder cannot be written', () => {
      const cppjieba = binding!.open('small-cppjieba', small, HMM, user);
      const notADir = join(dir, 'a-file');
      writeFileSync(notADir, 'x');
      for (const target of [join(notADir, 'x.img'), join(dir, 'missing', 'x.img'), dir /* a directory at the file's path */, '']) {
        const before = binding!.stats();
        const handle = binding!.open(key(), small, HMM, user, target);
        expect({ target, ...delta(before) }).toEqual({ target, builds: 1, mapped: 0, written: 0 });
        expectSameTags(handle, cppjieba, sample);
      }
    });

    it('hashFile tells dictionary files apart (engines.ts names the image by it, with the user entries)', () => {
      const other = userDict('small-user-2.utf8', EXTRA_WORDS.slice(0, 11));
      const a = binding!.hashFile!(user);
      expect(a).toMatch(/^[0-9a-f]{16}$/);
      expect(binding!.hashFile!(other)).not.toBe(a);
      expect(binding!.hashFile!(join(dir, 'missing'))).toBeUndefined();
    });

    it('processes starting together with no cache all get the same, whole file', async () => {
      const shared = join(dir, 'together.img');
      const code = `
        const b = (await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(join(root, 'native/build/Release/jieba_shared.node'))});
        const h = b.open('k', ${JSON.stringify(small)}, ${JSON.stringify(HMM)}, ${JSON.stringify(user)}, ${JSON.stringify(shared)});
        console.log(JSON.stringify({ tags: b.tag(h, ${JSON.stringify(sample.slice(0, 30).join('\n'))}), stats: b.stats() }));`;
      const outs = (await Promise.all([0, 1, 2, 3].map(() => runNode(code)))).map((o) => JSON.parse(o) as { tags: string[] });
      const cppjieba = binding!.open('small-cppjieba', small, HMM, user);
      for (const out of outs) expect(out.tags).toEqual(binding!.tag(cppjieba, sample.slice(0, 30).join('\n')));
      const before = binding!.stats();
      binding!.open(key(), small, HMM, user, shared);
      expect(delta(before)).toEqual({ builds: 0, mapped: 1, written: 0 });
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }, 60_000);
  });

  describe.skipIf(notBuilt)('through createSegmenter, in new processes', () => {
    const sentence = '研究部署囧事，iPhone15发布👍，召开党委会12次。';
    const run = async (env: Record<string, string>, words: string[] = []) => {
      const code = `
        const { createSegmenter } = await import(${JSON.stringify(join(root, 'dist/segment/segmenter.js'))});
        const { sharedBinding } = await import(${JSON.stringify(join(root, 'dist/segment/engines.js'))});
        const tokens = createSegmenter({ words: ${JSON.stringify(words)} }).tokenize(${JSON.stringify(sentence)});
        console.log(JSON.stringify({ tokens: tokens.map((t) => t.word + '/' + t.tag), stats: sharedBinding().stats() }));`;
      return JSON.parse(await runNode(code, env)) as { tokens: string[]; stats: { builds: number; mapped: number; written: number } };
    };
    const images = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.img')).sort();

    it('writes one image per dictionary set, maps it in later processes, prunes the least used', async () => {
      const folder = join(dir, 'cache');
      mkdirSync(folder, { mode: 0o700 });
      // Eight old images and a temporary left by a crash: room is made for the new one.
      const old = Array.from({ length: 8 }, (_, i) => `jieba-${String(i).repeat(32)}.img`);
      old.forEach((name, i) => {
        writeFileSync(join(folder, name), 'old');
        utimesSync(join(folder, name), new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
      });
      const partial = join(folder, `jieba-${'a'.repeat(32)}.img.1.2.3.tmp`);
      writeFileSync(partial, 'partial');
      utimesSync(partial, new Date(2020, 0, 1), new Date(2020, 0, 1));
      const env = { BAOGAO_CACHE_DIR: folder };

      const off = await run({ ...env, BAOGAO_JIEBA_CACHE: 'off' });
      expect(off.stats).toMatchObject({ builds: 1, mapped: 0, written: 0 });
      expect(images(folder)).toEqual(old);

      const first = await run(env);
      expect(first.stats).toMatchObject({ builds: 1, mapped: 1, written: 1 });
      expect(first.tokens).toEqual(off.tokens);
      const [made] = images(folder).filter((f) => !old.includes(f));
      expect(made).toMatch(/^jieba-[0-9a-f]{32}\.img$/);
      expect(images(folder)).toHaveLength(8);
      expect(existsSync(join(folder, old[0]!))).toBe(false); // the least recently used
      expect(existsSync(partial)).toBe(false);

      const second = await run(env);
      expect(second.stats).toMatchObject({ builds: 0, mapped: 1, written: 0 });
      expect(second.tokens).toEqual(off.tokens);

      const worded = await run(env, ['囧事 n']);
      expect(worded.stats).toMatchObject({ builds: 1, mapped: 1, written: 1 });
      expect(worded.tokens).toContain('囧事/n');
      const retagged = await run(env, ['囧事 a']);
      expect(retagged.stats).toMatchObject({ builds: 1, written: 1 });
      expect(retagged.tokens).toContain('囧事/a');
      expect(images(folder)).toHaveLength(8);
      expect(images(folder)).toContain(made);
      expect(statSync(join(folder, made!)).size).toBeGreaterThan(1_000_000);
    }, 180_000);

    it('keeps the image in memory when the cache folder cannot be made', async () => {
      const notADir = join(dir, 'not-a-folder');
      writeFileSync(notADir, 'x');
      const out = await run({ BAOGAO_CACHE_DIR: join(notADir, 'cache') });
      expect(out.stats).toMatchObject({ builds: 1, mapped: 0, written: 0 });
      expect(out.tokens).toEqual((await run({ BAOGAO_JIEBA_CACHE: 'off' })).tokens);
    }, 120_000);
  });
});
