import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSegmenter, DictionaryError } from '../../src/segment/segmenter.js';

// nodejieba's dictionary is process-wide and vitest runs each file in its own fork, so the
// words added here do not leak into the other test files.

const dir = mkdtempSync(join(tmpdir(), 'baogao-user-dict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plain = createSegmenter();
const cut = (text: string, segmenter = plain) => segmenter.tokenize(text).map((t) => `${t.word}/${t.tag}`);

describe('user dictionaries', () => {
  it('jieba splits these words before they are added', () => {
    expect(cut('打造党建品牌')).not.toContain('党建品牌/nwk');
    expect(cut('提出工作要求')).toEqual(['提出/v', '工作/vn', '要求/v']);
    expect(cut('推进红色物业')).not.toContain('红色物业/ncp');
    expect(cut('明确工作任务')).not.toContain('工作任务/nwk');
  });

  it('adds the words of a user dictionary file (BOM, CRLF, comments, blank lines, optional freq and tag)', () => {
    const file = join(dir, 'mine.utf8');
    writeFileSync(
      file,
      '\uFEFF# 本单位用语\r\n党建品牌 nwk\r\n工作要求 50000 nwk\r\n\r\n清廉单元 30000\r\n红旗班组\r\n  党建联盟   40000   nin  \r\n',
    );
    const mine = createSegmenter({ dictionaries: [file] });
    expect(cut('打造党建品牌', mine)).toEqual(['打造/v', '党建品牌/nwk']);
    expect(cut('建设清廉单元', mine)).toContain('清廉单元/nz');
    expect(cut('争创红旗班组', mine)).toContain('红旗班组/nz');
    expect(cut('组建党建联盟', mine)).toContain('党建联盟/nin');
    // The comment line is not a word.
    expect(cut('#', mine)).toEqual(['#/x']);
  });

  it('honours the frequency column: a frequent word beats the split of two common words', () => {
    const mine = createSegmenter({ dictionaries: [join(dir, 'mine.utf8')] });
    expect(cut('提出工作要求', mine)).toEqual(['提出/v', '工作要求/nwk']);
  });

  it('adds single words given as `words`, with or without frequency', () => {
    const mine = createSegmenter({ words: ['红色物业 ncp', '工作任务 50000 nwk'] });
    expect(cut('推进红色物业建设', mine)).toContain('红色物业/ncp');
    expect(cut('明确工作任务', mine)).toContain('工作任务/nwk');
  });

  it('shares one dictionary between segmenters (words added later are seen by earlier segmenters)', () => {
    expect(cut('打造党建品牌')).toContain('党建品牌/nwk');
  });

  it('lets a later entry override a bundled term', () => {
    expect(cut('开展主题党日')).toContain('主题党日/nin');
    const mine = createSegmenter({ words: ['主题党日 30000 ncp'] });
    expect(cut('开展主题党日', mine)).toContain('主题党日/ncp');
  });

  it('refuses a binary or non-UTF-8 file as a dictionary, by name', () => {
    const file = join(dir, 'binary.dict');
    writeFileSync(file, Buffer.from([0x61, 0x00, 0x01, 0xff, 0xfe, 0x0a]));
    expect(() => createSegmenter({ dictionaries: [file] })).toThrow(DictionaryError);
    expect(() => createSegmenter({ dictionaries: [file] })).toThrow(/not UTF-8 text: .*binary\.dict/);
  });

  it('refuses an empty word', () => {
    expect(() => createSegmenter({ words: [''] })).toThrow(/empty word/);
    expect(() => createSegmenter({ words: ['   '] })).toThrow(DictionaryError);
  });

  it('keeps the added words after a DictionaryError', () => {
    expect(() => createSegmenter({ dictionaries: [join(dir, 'missing.utf8')] })).toThrow(DictionaryError);
    expect(cut('打造党建品牌')).toContain('党建品牌/nwk');
  });

  it('does not reload for a dictionary or words it already has', () => {
    const started = Date.now();
    for (let i = 0; i < 20; i++) createSegmenter({ dictionaries: [join(dir, 'mine.utf8')], words: ['红色物业 ncp'] });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
