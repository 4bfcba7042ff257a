import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../src/segment/segmenter.js';

const entries = (name: string) =>
  readFileSync(`dictionaries/${name}`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' '));

describe('dictionaries/report-words.utf8', () => {
  const verbs = entries('report-words.utf8');
  const political = new Set(entries('political-terms.utf8').map(([w]) => w));

  it('is well-formed: word, integer frequency, and a verb, adverb, noun or modifier tag', () => {
    for (const line of verbs) {
      expect(line).toHaveLength(3);
      expect(line[1]).toMatch(/^\d+$/);
      expect(['v', 'd', 'n', 'b']).toContain(line[2]);
    }
  });

  it('holds no political term (one word, one tag)', () => {
    expect(verbs.map(([w]) => w).filter((w) => political.has(w!))).toEqual([]);
  });

  it('its verbs come out whole and tagged v', () => {
    const segmenter = createSegmenter();
    const tokens = segmenter.tokenize('局党委定期研究部署全面从严治党工作，全年收缴党费XX元。');
    expect(tokens.find((t) => t.word === '研究部署')?.tag).toBe('v');
    expect(tokens.find((t) => t.word === '收缴')?.tag).toBe('v');
    // jieba's own tags and cuts, corrected: 突破/vn before a number, 化解矛盾/l + 纠纷, 剩余/v as a modifier
    expect(segmenter.tokenize('高新技术企业突破1400家').find((t) => t.word === '突破')?.tag).toBe('v');
    expect(segmenter.tokenize('化解矛盾纠纷145起').map((t) => t.word)).toEqual(['化解', '矛盾纠纷', '145', '起']);
    expect(segmenter.tokenize('完成剩余3个老旧小区改造').find((t) => t.word === '剩余')?.tag).toBe('b');
  });

  it('keeps negated qualifiers whole, so the number keeps its verb and object', () => {
    const segmenter = createSegmenter();
    expect(segmenter.tokenize('全年发展党员不少于200名').map((t) => t.word)).toContain('不少于');
    expect(segmenter.tokenize('占比不低于60%').map((t) => t.word)).toContain('不低于');
  });
});
