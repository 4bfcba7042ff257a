/**
 * Stray spaces that text extraction leaves inside Chinese text (`2021 年`, `15 名`, `学 习`) are
 * deleted; spaces that mean something (between Latin words, wide gaps, indentation, after a
 * heading's marker) stay.
 */
import { describe, expect, it } from 'vitest';
import { findStraySpaces } from '../../src/normalize/spaces.js';
import { normalize } from '../../src/normalize/index.js';
import { lines, noDrops } from './helpers.js';

const text = (s: string) => normalize(s).text;

describe('deleted', () => {
  it.each([
    ['2021 年，局党委召开党委会', '2021年，局党委召开党委会'],
    ['全年召开会议 XX 次', '全年召开会议XX次'],
    ['全年发展党员 15 名', '全年发展党员15名'],
    ['组织党员 学 习 党的二十大精神', '组织党员学习党的二十大精神'],
    // two spaces are still a stray gap; a no-break space too
    ['全年召开党委会12  次', '全年召开党委会12次'],
    ['全年发展党员\u00a015名', '全年发展党员15名'],
    // beside Chinese punctuation
    ['召开党委会12次 ，发展党员3名 。', '召开党委会12次，发展党员3名。'],
  ])('%s', (input, output) => {
    expect(text(input)).toBe(output);
  });

  it('notes the count, and every deletion is a space', () => {
    const s = '2021 年召开会议 XX 次，发展党员 15 名';
    const found = findStraySpaces(s, lines(s), noDrops);
    expect(found).toHaveLength(5);
    for (const { from, to } of found) expect(s.slice(from, to)).toMatch(/^ +$/);
    expect(normalize(s).notes).toEqual([{ ruleId: 'stray-space', count: 5, reason: 'deleted 5 spaces inside Chinese text' }]);
  });

  it('offsets still index the text as given', () => {
    const s = '全年发展党员 15 名';
    const n = normalize(s);
    const at = n.text.indexOf('15名');
    const span = n.map.span(at, at + 3);
    expect(s.slice(span.start, span.end)).toBe('15 名');
    expect(n.map.quote(s, at, at + 3)).toBe('15名');
  });
});

describe('kept', () => {
  it.each([
    ['between numbers', '分别为12 8 4次'],
    ['between a number and a sign', '增长5.5 %'],
    ['a wide run of three or more', '目录   第一部分'],
    ['a wide run between columns of a table', '党委会    12次    中心组学习    8次'],
    ['indentation at a line’s start', '    一、2022年工作开展情况\n\u3000\u3000全年召开党委会12次。'],
    ['the space after a heading’s marker', '1. 深化理论武装'],
    ['the space after a level-1 marker', '一、 2022年工作开展情况'],
    ['a trailing space', '全年召开党委会12次。 '],
  ])('%s', (_, s) => {
    expect(text(s)).toBe(s);
  });

  it('between Latin words, while the gaps beside Chinese go', () => {
    expect(text('推广使用 Hello world 平台')).toBe('推广使用Hello world平台');
  });

  it('a line of English is left as it is', () => {
    const s = 'Hello world, this is a test.';
    expect(findStraySpaces(s, lines(s), noDrops)).toEqual([]);
  });

  it('a space after a marker stays, a stray one further on goes', () => {
    expect(text('1. 深化理论武装，全年召开党委会 12 次')).toBe('1. 深化理论武装，全年召开党委会12次');
  });
});
