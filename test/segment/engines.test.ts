/**
 * The optional node-rs engine (@node-rs/jieba) behind the same Segmenter interface: the same
 * dictionaries and tags as the default nodejieba engine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createSegmenter, EngineError } from '../../src/segment/segmenter.js';

const installed = (() => {
  try {
    createRequire(import.meta.url).resolve('@node-rs/jieba');
    return true;
  } catch {
    return false;
  }
})();

const corpus = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`corpus/${f}`, 'utf8'));

describe('segmenter engines', () => {
  it('rejects an unknown engine with a clear error', () => {
    expect(() => createSegmenter({ engine: 'spacy' as never })).toThrow(EngineError);
    expect(() => createSegmenter({ engine: 'spacy' as never })).toThrow(/unknown segmenter "spacy"/);
  });

  describe.skipIf(!installed)('node-rs (installed as an optional dependency)', () => {
    const rs = createSegmenter({ engine: 'node-rs' });
    const cpp = createSegmenter();

    it('tokens rejoin to the text with exact offsets, CRLF and placeholders included', () => {
      for (const text of [...corpus, '召开党委会3次。\r\n为**事业，共计xx次\u3000XX余次']) {
        const tokens = rs.tokenize(text, 5);
        expect(tokens.map((t) => t.word).join('')).toBe(text);
        for (const t of tokens) expect(text.slice(t.start - 5, t.end - 5)).toBe(t.word);
      }
      expect(rs.tokenize('为**事业').map((t) => t.word)).toContain('**');
    });

    it('gives dictionary terms the dictionary’s category tags, as nodejieba does', () => {
      const tagsOf = (tokens: Array<{ word: string; tag: string }>) =>
        new Map(tokens.filter((t) => /^n(fm|in|cp|th|wk)$/.test(t.tag)).map((t) => [t.word, t.tag]));
      for (const text of corpus) {
        const a = tagsOf(cpp.tokenize(text));
        const b = tagsOf(rs.tokenize(text));
        // Where both engines cut a term out, they tag it alike.
        for (const [word, tag] of b) if (a.has(word)) expect(tag, word).toBe(a.get(word));
        // jieba's own tag would say nt for 党委会; ours says institution.
      }
      expect(rs.tokenize('召开党委会3次').find((t) => t.word === '党委会')?.tag).toBe('nin');
    });

    it('honours user words', () => {
      const s = createSegmenter({ engine: 'node-rs', words: ['红色物业 30000 ncp'] });
      expect(s.tokenize('推进红色物业建设').find((t) => t.word === '红色物业')?.tag).toBe('ncp');
    });
  });
});
