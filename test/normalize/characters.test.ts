/**
 * Character forms folded one for one: full-width digits and signs to ASCII (numbers are parsed
 * from ASCII), ASCII punctuation in Chinese prose to full width (clauses are cut at it). Offsets
 * never move, so the text keeps its length.
 */
import { describe, expect, it } from 'vitest';
import { foldCharacters } from '../../src/normalize/characters.js';
import { normalize } from '../../src/normalize/index.js';

const fold = (text: string) => foldCharacters(text).text;

describe('full-width forms to ASCII', () => {
  it.each([
    ['２０２１年', '2021年'],
    ['增长５．５％', '增长5.5%'],
    ['召开会议ｘｘ次', '召开会议xx次'],
    ['ＸＸ名', 'XX名'],
    ['下降－３％', '下降-3%'],
    ['１．坚持理论学习', '1.坚持理论学习'],
  ])('%s → %s', (input, output) => {
    expect(fold(input)).toBe(output);
  });

  it('counts what it folded', () => {
    expect(foldCharacters('２０２１年增长５．５％').widths).toBe(8);
  });

  it('a full-width point or dash that is not part of a number is left as written', () => {
    // `一．` is a heading marker, `－－` a dash
    expect(fold('一．总体要求')).toBe('一．总体要求');
    expect(fold('工作－－学习')).toBe('工作－－学习');
  });
});

describe('ASCII punctuation in Chinese prose to full width', () => {
  it.each([
    ['召开党委会12次,开展中心组学习8次', '召开党委会12次，开展中心组学习8次'],
    ['发展党员3名;转正预备党员2名', '发展党员3名；转正预备党员2名'],
    ['重点做好以下工作:一是强化理论武装', '重点做好以下工作：一是强化理论武装'],
    ['是否落实到位?', '是否落实到位？'],
    ['奋力开创新局面!', '奋力开创新局面！'],
    // after a figure that follows Chinese: `增长8%,` is still prose
    ['增长8%,达到预期', '增长8%，达到预期'],
  ])('%s', (input, output) => {
    expect(fold(input)).toBe(output);
  });

  it('counts the marks it changed', () => {
    expect(foldCharacters('召开党委会12次,开展研讨4次;效果良好!').marks).toBe(3);
  });

  it.each([
    ['a thousands separator', '投资1,000万元'],
    ['a time', '会议于12:30召开'],
    ['English text', 'Hello, world! Is it ok? Yes: fine; thanks'],
    ['a half-width bracketed marker', '(一)加强政治建设'],
    ['a URL after a full-width colon', '网址：http://www.example.gov.cn'],
  ])('left alone: %s', (_, text) => {
    expect(fold(text)).toBe(text);
  });

  it('English inside a Chinese line keeps its own commas', () => {
    expect(fold('他说:Hello, world')).toBe('他说：Hello, world');
  });
});

describe('straight quotes', () => {
  it('pair up as “ ” in Chinese prose', () => {
    expect(fold('深入开展"我为群众办实事"实践活动,纠治"四风"问题')).toBe('深入开展“我为群众办实事”实践活动，纠治“四风”问题');
  });

  it('open and close within a line: an unclosed quote does not turn the next line around', () => {
    expect(fold('他说"要抓落实\n开展"三会一课"活动')).toBe('他说“要抓落实\n开展“三会一课”活动');
  });

  it('quotes in English text stay straight', () => {
    expect(fold('He said "yes" twice')).toBe('He said "yes" twice');
  });
});

describe('the length never changes', () => {
  const samples = [
    '２０２１年，召开党委会１２次,发展党员３名;增长５．５％!',
    '深入开展"我为群众办实事"实践活动：ｘｘ次',
    'Hello, world。投资1,000万元，12:30召开',
  ];

  it.each(samples)('%s', (text) => {
    expect(fold(text)).toHaveLength(text.length);
    // and normalize() leaves offsets where they were: the map stays the identity
    const n = normalize(text);
    expect(n.text).toHaveLength(text.length);
    expect(n.map.isIdentity).toBe(true);
  });

  it('a text with nothing to fold comes back as the very same string', () => {
    const text = '召开党委会12次，发展党员3名。';
    expect(foldCharacters(text)).toEqual({ text, widths: 0, marks: 0 });
  });
});

describe('notes', () => {
  it('normalize() names what it folded', () => {
    const { notes } = normalize('２０２１年召开党委会１２次,发展党员３名');
    expect(notes).toEqual([
      { ruleId: 'full-width', count: 7, reason: 'folded 7 full-width digits, letters and signs to ASCII' },
      { ruleId: 'half-width-punctuation', count: 1, reason: 'read 1 ASCII punctuation marks in Chinese text as full-width' },
    ]);
  });
});
