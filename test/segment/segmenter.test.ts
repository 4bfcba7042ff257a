import { describe, expect, it } from 'vitest';
import { categoryOf } from '../../src/segment/categories.js';
import { createSegmenter, DictionaryError, type Token } from '../../src/segment/segmenter.js';
import { DICTIONARY, readCorpus, readDictionary } from './helpers.js';

const segmenter = createSegmenter();
const dictionary = readDictionary();
const tagOf = new Map(dictionary.map((e) => [e.word, e.tag]));
const corpus = readCorpus();

function expectExactCover(text: string, tokens: Token[], offset = 0): void {
  expect(tokens.map((t) => t.word).join('')).toBe(text);
  let at = offset;
  for (const t of tokens) {
    expect(t.start, JSON.stringify(t)).toBe(at);
    expect(t.end - t.start, JSON.stringify(t)).toBe(t.word.length);
    expect(t.word.length, JSON.stringify(t)).toBeGreaterThan(0);
    expect(text.slice(t.start - offset, t.end - offset)).toBe(t.word);
    at = t.end;
  }
  expect(at).toBe(offset + text.length);
}

interface Occurrence {
  word: string;
  start: number;
  end: number;
}

/** Every occurrence of every dictionary term in `text`. */
function occurrences(text: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const { word } of dictionary) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push({ word, start: i, end: i + word.length });
  }
  return found;
}

describe('createSegmenter().tokenize on the corpus', () => {
  it('reads the five corpus reports', () => {
    expect(corpus.length).toBe(5);
  });

  it.each(corpus.map((c) => [c.name, c.text] as const))('%s: tokens rejoin to the text with exact offsets', (_name, text) => {
    expectExactCover(text, segmenter.tokenize(text));
    expectExactCover(text, segmenter.tokenize(text, 1234), 1234);
  });

  it('cuts every dictionary term that occurs in the corpus as one token with its category tag', () => {
    const failures: string[] = [];
    const seen = new Set<string>();
    let checked = 0;
    for (const { name, text } of corpus) {
      const tokens = segmenter.tokenize(text);
      const tokenAt = new Map(tokens.map((t) => [t.start, t]));
      const isToken = (o: Occurrence) => {
        const t = tokenAt.get(o.start);
        return t !== undefined && t.end === o.end && t.tag === tagOf.get(o.word);
      };
      const all = occurrences(text);
      // An occurrence inside an occurrence of a longer term is not expected as a token: the longer one is.
      const outer = all.filter((o) => !all.some((p) => p.end - p.start > o.end - o.start && p.start <= o.start && p.end >= o.end));
      for (const o of outer) {
        checked++;
        seen.add(o.word);
        if (isToken(o)) continue;
        // Two terms that overlap without nesting (理论学习中心组 | 中心组学习) cannot both be tokens: one must be.
        const crossing = outer.filter((p) => p !== o && p.start < o.end && o.start < p.end);
        if (crossing.some(isToken)) continue;
        const context = tokens
          .filter((t) => t.end > o.start - 4 && t.start < o.end + 4)
          .map((t) => `${t.word}/${t.tag}`)
          .join(' ');
        failures.push(`${name}@${o.start} ${o.word} (${tagOf.get(o.word)}): ${context}`);
      }
    }
    expect(failures).toEqual([]);
    // The corpus exercises a good part of the dictionary.
    expect(seen.size).toBeGreaterThanOrEqual(150);
    expect(checked).toBeGreaterThanOrEqual(500);
  });

  it('prefers the longer term where terms nest or overlap', () => {
    const words = (text: string) => segmenter.tokenize(text).map((t) => `${t.word}/${t.tag}`);
    expect(words('充分发挥党委理论学习中心组的示范带动作用')).toContain('党委理论学习中心组/nin');
    expect(words('通过理论学习中心组学习、专题辅导')).toEqual(expect.arrayContaining(['理论学习中心组/nin', '学习/v']));
    expect(words('年度内组织中心组学习共计xx次')).toContain('中心组学习/nin');
    expect(words('严格落实中央八项规定及其实施细则精神')).toContain('中央八项规定及其实施细则精神/nfm');
    expect(words('违反中央八项规定精神专项治理')).toContain('中央八项规定精神/nfm');
    expect(words('全面贯彻党的十九大和十九届五中、六中全会精神')).toEqual(
      expect.arrayContaining(['党的十九大/nth', '十九届/nth', '六中全会精神/nth']),
    );
    expect(words('学习贯彻党的二十大精神')).toContain('党的二十大精神/nth');
    expect(words('对我局十八大以来的问题线索')).toContain('十八大以来/nth');
    // General vocabulary (nwk) does not take characters from a name.
    expect(words('推进党组织建设')).toEqual(['推进/v', '党组织/nin', '建设/vn']);
    expect(words('提升党务工作者履职能力')).toContain('党务工作者/nwk');
  });

  it('keeps the verb and its object apart', () => {
    const words = (text: string) => segmenter.tokenize(text).map((t) => t.word);
    expect(words('召开党委会3次')).toEqual(['召开', '党委会', '3', '次']);
    expect(words('领导干部讲党课15人')).toEqual(expect.arrayContaining(['讲', '党课']));
    expect(words('开展主题党日10次')).toEqual(expect.arrayContaining(['开展', '主题党日', '10', '次']));
    expect(words('举办专题读书班2期')).toEqual(expect.arrayContaining(['举办', '专题读书班', '2', '期']));
    expect(words('召开民主生活会2次')).toEqual(expect.arrayContaining(['召开', '民主生活会', '2', '次']));
  });

  it('keeps numbers in names inside the name', () => {
    const tokens = (text: string) => segmenter.tokenize(text).map((t) => `${t.word}/${t.tag}`);
    expect(tokens('增强“四个意识”、坚定“四个自信”、做到“两个维护”')).toEqual(
      expect.arrayContaining(['四个意识/nfm', '四个自信/nfm', '两个维护/nfm']),
    );
    expect(tokens('继续做好“光荣在党50年”纪念章颁发工作')).toContain('光荣在党50年/ncp');
    expect(tokens('“十四五”规划顺利实施')).toContain('十四五/nfm');
    expect(tokens('向第二个百年奋斗目标进军')).toContain('第二个百年奋斗目标/nfm');
    expect(tokens('召开具有重大而深远意义的第二十次全国代表大会')).toContain('第二十次全国代表大会/nth');
    expect(tokens('完成城镇新增就业1200万人以上')).toEqual(expect.arrayContaining(['城镇新增就业/nwk', '1200/m']));
  });
});

describe('tokenize on awkward text', () => {
  const samples: Record<string, string> = {
    crlf: '一、主要工作\r\n（一）强化政治建设。\r\n\r\n二、下一步打算\r\n',
    lone_cr: '第一行\r第二行\r',
    nbsp: '局党委\u00a0坚持\u00a0“三会一课”\u00a0制度',
    fullwidth_space: '\u3000\u3000局党委坚持以习近平新时代中国特色社会主义思想为指导。\u3000',
    ascii: 'Party building 2021: OA系统、VR智慧学、APP上线率100%, e.g. x=3*4; “XX办”APP',
    emoji: '党建引领👍🏻，服务群众❤️！🇨🇳 学习强国📱',
    mixed: 'tab\there\u200b零宽\ufeff中间BOM \u2028行分隔\u00ad软连字符 ﬁ 𠀀𪚥 test',
    leading_spaces: '        2021年局直属机关党总支始终坚持高举习近平新时代中国特色社会主义思想伟大旗帜,',
    only_spaces: ' \u3000\u00a0\r\n',
    empty: '',
    control: '\u0000\u0001党委\u007f',
  };

  it.each(Object.entries(samples))('%s: tokens rejoin to the text with exact offsets', (_name, text) => {
    expectExactCover(text, segmenter.tokenize(text));
    expectExactCover(text, segmenter.tokenize(text, 7), 7);
  });

  it('returns no tokens for empty text', () => {
    expect(segmenter.tokenize('')).toEqual([]);
  });

  it('counts UTF-16 code units for characters outside the BMP', () => {
    const text = '😀党委𠀀会';
    const tokens = segmenter.tokenize(text);
    expectExactCover(text, tokens);
    expect(tokens.find((t) => t.word === '党委')).toMatchObject({ start: 2, end: 4, tag: 'nin' });
  });

  it('finds terms across CRLF and NBSP-separated text at the right offsets', () => {
    const text = '严格落实“三会一课”\r\n\u00a0开展主题党日';
    const tokens = segmenter.tokenize(text, 100);
    const sanhui = tokens.find((t) => t.word === '三会一课');
    const dangri = tokens.find((t) => t.word === '主题党日');
    expect(sanhui).toMatchObject({ start: 105, end: 109, tag: 'nfm' });
    expect(dangri).toMatchObject({ start: 115, end: 119, tag: 'nin' });
  });
});

describe('masked placeholders', () => {
  const wordsOf = (text: string) => segmenter.tokenize(text).map((t) => t.word);

  it.each([
    ['为**事业', ['为', '**', '事业']],
    ['为＊＊事业', ['为', '＊＊', '事业']],
    ['共计xx次', ['共计', 'xx', '次']],
    ['XX余次', ['XX', '余次']],
    ['市XXX局', ['市', 'XXX', '局']],
    ['共召开党员大会X轮次', ['共', '召开', '党员大会', 'X', '轮次']],
    ['开展联学x次', ['开展', '联学', 'x', '次']],
    ['为xxxx捐款xx万元', ['为', 'xxxx', '捐款', 'xx', '万元']],
    ['共计****次', ['共计', '****', '次']],
  ])('%s keeps the placeholder as one token', (text, expected) => {
    expectExactCover(text, segmenter.tokenize(text));
    expect(wordsOf(text)).toEqual(expected);
  });
});

describe('dictionary errors', () => {
  it('throws a catchable DictionaryError naming a missing file, and the process carries on', () => {
    let caught: unknown;
    try {
      createSegmenter({ dictionaries: ['/no/such/file'] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DictionaryError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as DictionaryError;
    expect(error.file).toBe('/no/such/file');
    expect(error.code).toBe('EDICT');
    expect(error.message).toContain('/no/such/file');
    // jieba still works after the failed call.
    expect(createSegmenter().tokenize('三会一课').map((t) => t.tag)).toEqual(['nfm']);
  });

  it('throws DictionaryError for a directory', () => {
    expect(() => createSegmenter({ dictionaries: ['/tmp'] })).toThrow(DictionaryError);
  });

  it('checks every path before loading any', () => {
    expect(() => createSegmenter({ dictionaries: [DICTIONARY, '/no/such/other'] })).toThrow(/\/no\/such\/other/);
  });
});

describe('category tags on tokens', () => {
  it('map to categories', () => {
    const tokens = segmenter.tokenize('党委理论学习中心组深入学习习近平新时代中国特色社会主义思想，开展党史学习教育，落实“两个责任”，助力乡村振兴。');
    const categories = tokens.map((t) => categoryOf(t.tag)).filter((c) => c !== undefined);
    expect(categories).toEqual(['institution', 'thought', 'campaign', 'formulation', 'policy']);
  });
});
