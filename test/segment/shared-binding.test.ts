/**
 * baogao's cppjieba binding (native/): the tokens and tags of nodejieba's own addon (from
 * cppjieba's dictionary and from its cached image), one dictionary for every thread of the
 * process, and an error where cppjieba would abort.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { sharedBinding } from '../../src/segment/engines.js';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { notBuilt, root } from '../batch/helpers.js';

const require = createRequire(import.meta.url);
const binding = sharedBinding();
const corpus = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`corpus/${f}`, 'utf8'));

describe('shared cppjieba binding', () => {
  it('is built by npm install (without it every batch worker loads its own dictionaries)', () => {
    expect(binding).not.toBeNull();
  });

  describe.skipIf(!binding)('when built', () => {
    const nodejieba = require('nodejieba') as {
      load(o: { userDict: string }): unknown;
      tag(t: string): Array<{ word: string; tag: string }>;
      DEFAULT_DICT: string;
      DEFAULT_HMM_DICT: string;
    };

    it('tags every corpus report exactly as nodejieba does with the same dictionaries', () => {
      const dir = mkdtempSync(join(tmpdir(), 'baogao-test-'));
      try {
        const user = join(dir, 'user.utf8');
        writeFileSync(user, readFileSync('dictionaries/political-terms.utf8', 'utf8') + readFileSync('dictionaries/report-words.utf8', 'utf8'));
        nodejieba.load({ userDict: user });
        // cppjieba's own dictionary, and (where the binding has them) its image, cached in a file.
        const handles = [binding!.open('shared-binding.test', nodejieba.DEFAULT_DICT, nodejieba.DEFAULT_HMM_DICT, user)];
        if (binding!.formatVersion !== undefined) {
          handles.push(binding!.open('shared-binding.test', nodejieba.DEFAULT_DICT, nodejieba.DEFAULT_HMM_DICT, user, join(dir, 'image.img')));
        }
        for (const text of corpus) {
          const pairs = nodejieba.tag(text);
          for (const handle of handles) {
            const flat = binding!.tag(handle, text);
            expect(flat.length).toBe(pairs.length * 2);
            pairs.forEach(({ word, tag }, i) => {
              expect(flat[2 * i]).toBe(word);
              expect(flat[2 * i + 1]).toBe(tag);
            });
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('throws for a dictionary it cannot open instead of letting cppjieba abort the process', () => {
      expect(() => binding!.open('missing', '/nonexistent/jieba.dict.utf8', nodejieba.DEFAULT_HMM_DICT, '')).toThrow(
        /cannot open dictionary file \/nonexistent\/jieba\.dict\.utf8/,
      );
    });

    it.skipIf(notBuilt)('worker threads with the same dictionaries share the one already built', async () => {
      const here = createSegmenter();
      const sentence = '全年召开党委会12次，发展党员3名。';
      const expected = here.tokenize(sentence).map((t) => `${t.word}/${t.tag}`);
      const before = binding!.stats();
      const code = `
        const { parentPort } = require('node:worker_threads');
        import(${JSON.stringify(`${root}dist/segment/segmenter.js`)}).then(({ createSegmenter }) => {
          const tokens = createSegmenter().tokenize(${JSON.stringify(sentence)});
          parentPort.postMessage(tokens.map((t) => t.word + '/' + t.tag));
        });`;
      const runs = [0, 1].map(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const worker = new Worker(code, { eval: true });
            worker.once('message', (tokens: string[]) => void worker.terminate().then(() => resolve(tokens)));
            worker.once('error', reject);
          }),
      );
      for (const tokens of await Promise.all(runs)) expect(tokens).toEqual(expected);
      expect(binding!.stats().builds).toBe(before.builds);
    });
  });
});
