import { describe, expect, it } from 'vitest';
import {
  findQuantities,
  isPlaceholder,
  matchQuantityAt,
  parseArabicNumeral,
  parseChineseNumeral,
  parseQuantity,
} from '../../src/metrics/numbers.js';
import { lines } from './helpers.js';
import { arabicYears } from '../../src/text/numerals.js';

const nil = (s: string) => (s === '-' ? null : s);

describe('parseChineseNumeral', () => {
  it.each([
    ['三十四', 34], ['两', 2], ['十二', 12], ['二十', 20], ['十', 10], ['一百二十', 120], ['一千二百零六', 1206],
    ['三百零五', 305], ['三万五千', 35000], ['一亿二千万', 120000000], ['一百二', 120], ['零', 0],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each(['五四', '七一', '三八', '十四五', '二〇二一', '百', '千', '万', ''])('%s is not a number', (s) =>
    expect(parseChineseNumeral(s)).toBeNull(),
  );
});

describe('parseArabicNumeral', () => {
  it.each([
    ['12', 12], ['１２', 12], ['6.5', 6.5], ['1,206', 1206], ['12,345,678', 12345678], ['１．５', 1.5],
  ])('%s → %d', (s, n) => expect(parseArabicNumeral(s)).toBe(n));
  it('rejects malformed separators', () => expect(parseArabicNumeral('1,20')).toBeNull());
  // Property test counterexample `⑴999…9次` (309 nines): its value was Infinity, which the schema refuses.
  it('is no number beyond what a double holds', () => {
    expect(parseArabicNumeral('9'.repeat(309))).toBeNull();
    expect(findQuantities('⑴' + '9'.repeat(309) + '次\n', 0, 311)).toEqual([]);
    expect(parseChineseNumeral('一' + '亿'.repeat(40))).toBeNull();
  });
});

describe('placeholders', () => {
  // five places stand for a five-figure amount (`人均可支配收入xxxxx元`)
  it.each(['x', 'xx', 'xxx', 'xxxx', 'xxxxx', 'X', 'XX', 'XXX', '*', '**', '＊', '××'])('%s is a placeholder', (s) =>
    expect(isPlaceholder(s)).toBe(true),
  );
  it.each(['xxxxxx', 'ab', 'X1'])('%s is not', (s) => expect(isPlaceholder(s)).toBe(false));
});

describe('masked decimals', () => {
  it.each([
    ['年均增长x.x%', 'x.x%'],
    ['财政总收入xx.x亿元', 'xx.x亿元'],
    ['不良贷款率x.xx%', 'x.xx%'],
    ['城镇常住居民人均可支配收入xxxxx元', 'xxxxx元'],
  ])('%s → one masked quantity %s', (text, quantity) => {
    const found = findQuantities(text);
    expect(found.map((q) => text.slice(q.start, q.end))).toEqual([quantity]);
    expect(found[0]!.masked).toBe(true);
  });
});

describe('number forms (fixtures/metrics/number-forms.tsv)', () => {
  for (const line of lines('number-forms.tsv')) {
    const [input, value, valueMax, unit, approx, masked, quantity] = line.split('\t') as string[];
    it(input!, () => {
      const q = parseQuantity(input!);
      expect(q).not.toBeNull();
      expect({
        value: q!.value,
        valueMax: q!.valueMax,
        unit: q!.unit,
        approx: q!.approx,
        masked: q!.masked,
        quantity: input!.slice(q!.start, q!.end),
      }).toEqual({
        value: value === 'null' ? null : Number(value),
        valueMax: nil(valueMax!) === null ? null : Number(valueMax),
        unit,
        approx: nil(approx!),
        masked: masked === 'true',
        quantity,
      });
    });
  }
});

describe('findQuantities', () => {
  it('finds two quantities in one phrase', () => {
    const found = findQuantities('讲党课X人X轮次').map((q) => q.unit);
    expect(found).toEqual(['人', '轮次']);
  });
  it('needs a unit: years, dates and bare numbers are not quantities', () => {
    expect(findQuantities('2021年5月，12345热线，五四，三是')).toEqual([]);
  });
  it('does not restart inside a run of digits or numerals', () => {
    expect(findQuantities('XXXXXX次')).toEqual([]);
    expect(findQuantities('三八节')).toEqual([]);
  });
  it('reads codes as codes: 5G, PM2.5', () => {
    expect(findQuantities('5G基站').map((q) => q.unit)).toEqual([]);
    expect(matchQuantityAt('PM2.5达标', 2)).toBeNull();
  });
});

describe('arabicYears (text/numerals)', () => {
  it('reads years written in Chinese digits, character for character, so offsets stay put', () => {
    const text = '二〇二三年工作总结，二零二四年工作打算；全年召开会议二十次。';
    const out = arabicYears(text);
    expect(out).toBe('2023年工作总结，2024年工作打算；全年召开会议二十次。');
    expect(out.length).toBe(text.length);
  });

  it('leaves counts and ordinals alone: 一二三 without 年, 二十三年', () => {
    expect(arabicYears('一二三四名，二十三年')).toBe('一二三四名，二十三年');
  });
});
