/**
 * fast-check generators of report-like text: short lines of Chinese prose with every heading
 * marker the parser knows, numbers in every form it reads, years, quotes, brackets, odd
 * whitespace, control characters and astral characters, sometimes laid out as a PDF or a scraped
 * page would leave them. Texts stay short (≤ 30 lines): segmentation is what a run costs.
 */
import fc from 'fast-check';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const CN_DIGITS = '一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 100 → 一百 (as headings and counts write them). */
export function chineseNumeral(n: number): string {
  if (n <= 0) return '零';
  if (n < 10) return CN_DIGITS[n - 1]!;
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[(n % 10) - 1] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10) - 1] + '十' + (n % 10 ? CN_DIGITS[(n % 10) - 1] : '');
  return String(n).split('').map((d) => (d === '0' ? '〇' : CN_DIGITS[Number(d) - 1])).join('');
}

const fullWidthDigits = (s: string) => s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Mostly small ordinals, as reports number; sometimes the long task lists' 99/100/101, 0 and four digits. */
const ordinal = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: pick([0, 10, 11, 20, 21, 99, 100, 101, 999, 1000]) });

/** Every heading marker form of headings/markers.ts, and the plan cues that open a closing part. */
export const marker: fc.Arbitrary<string> = fc.oneof(
  ordinal.chain((n) => {
    const cn = chineseNumeral(n);
    const d = String(n);
    return pick([
      `${cn}、`, `${cn}.`, `${cn}．`,
      `（${cn}）`, `(${cn})`, `（${cn})`, `(${cn}）`,
      `${d}.`, `${d}．`, `${d}、`, `${fullWidthDigits(d)}．`, `${fullWidthDigits(d)}、`,
      `（${d}）`, `(${d})`, `（${fullWidthDigits(d)}）`,
      `${d}）`, `${d})`,
      `${cn}是`,
    ]);
  }),
  // Single-character forms of Word's numbering.
  fc.integer({ min: 0, max: 9 }).map((i) => String.fromCharCode(0x3220 + i)), // ㈠…㈩
  fc.integer({ min: 0, max: 19 }).map((i) => String.fromCharCode(0x2460 + i)), // ①…⑳
  fc.integer({ min: 0, max: 19 }).map((i) => String.fromCharCode(0x2474 + i)), // ⑴…⒇
  // Not markers to the parser, but read like them.
  pick(['第一', '第二条', '第一章', '第三节', '一、二、三', '3、4月', '5.12', '1.37万亿', '#', '## ', '### 一、']),
  // Plan cues.
  pick(['下一步，', '下一步工作打算：', '下步', '今后，', '明年，', '新的一年，', '下半年，我们将', '2024年，我们将', '二〇二四年，局党委将', '展望未来，']),
);

/** Work-report words. */
const WORDS = [
  '工作', '召开党委会', '开展', '全年', '党建', '学习', '组织', '专题', '会议', '教育', '培训', '推进', '落实', '加强',
  '党员', '干部', '支部', '活动', '全面从严治党', '意识形态', '群众', '服务', '完成', '任务', '目标', '检查', '整改',
  '存在的问题', '不足', '主要成绩', '主要做法', '取得', '成效', '工作要点', '工作总结', '政府工作报告', '工作回顾',
  '工作安排', '我们将', '继续', '坚持', '重点', '年底前', '上半年', '“七一”前后', '年度', '同比增长', '增长', '达到',
  '共', '累计', '年均', '讲党课', '谈心谈话', '主题党日', '三会一课', '唯一是', '一是一', '两个一百年', '千家万户',
  '5G', 'G20', 'GDP', 'Xbox', '局党委', '我局', '地区生产总值', '城镇调查失业率', '名词解释',
];

/** Traditional script, which normalisation reads as simplified (OpenCC converts by phrase). */
const TRADITIONAL = ['黨委會', '學習', '開展', '幹部', '組織', '會議', '黨建工作', '這裡', '臺灣', '軟體', '著力', '乾淨', '發展黨員', '於', '後'];

/** A number as written, with or without its unit and qualifier. */
export const quantity: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.nat({ max: 200 }).map(String),
      fc.nat({ max: 99_999 }).map(String),
      fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 9 })).map(([a, b]) => `${a}.${b}`),
      pick(['1,000', '12,345', '1,234.5', '1,00', '0.5', '3.', '.5', '1.2.3']),
      fc.nat({ max: 120 }).map((n) => fullWidthDigits(String(n))),
      pick(['１２', '１．５', '５．５％', '２０２１']),
      fc.integer({ min: 1, max: 120 }).map(chineseNumeral),
      pick(['两', '十二', '二十', '一百二十', '三十多', '数十', '千', '零', '〇', '两千', '三千万', '一亿']),
      fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 30 }), pick(['-', '—', '~', '～', '至', '到', '－'])).map(([a, b, s]) => `${a}${s}${b}`),
      pick(['三至五', '五到八', '十至十五']),
      pick(['x', 'xx', 'XX', 'xxx', 'x.x', 'xx.xx', '××', '**', '＊', 'ｘｘ', 'XXXXX', 'xxxxxx', 'x.']),
      // Long digit runs: values past what a double holds exactly, or at all.
      fc.integer({ min: 16, max: 400 }).map((n) => '9'.repeat(n)),
    ),
    fc.option(pick(['次', '个', '项', '%', '％', '万元', '亿元', '元', '人', '人次', '场', '篇', '期', '余次', '多项', '余人', '万', '亿', '家', '名', '条', '‰', '个百分点', '倍', '万亩', '公里']), { nil: '' }),
    fc.option(pick(['以上', '左右', '以内', '以下', '余']), { nil: '' }),
    fc.option(pick(['近', '超过', '不低于', '至少', '约', '百分之', '第', '达', '共']), { nil: '' }),
  )
  .map(([n, unit, after, before]) => before + n + unit + after);

export const year: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1990, max: 2035 }).map((y) => `${y}年`),
  fc.integer({ min: 2015, max: 2030 }).map((y) => `${y}年度`),
  fc.integer({ min: 2015, max: 2030 }).map((y) => `${fullWidthDigits(String(y))}年`),
  fc.integer({ min: 2015, max: 2030 }).map((y) => `${String(y).split('').map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}年`),
  pick(['2020—2022年', '2021-2025年', '2023年1月', '2023年12月31日', '“十四五”', '2023.5', '今年', '去年', '明年']),
);

const PUNCTUATION = ['，', '。', '；', '：', '、', '！', '？', ',', '.', ';', ':', '!', '?', '…', '——', '·', '/', '／', '-', '—'];
const QUOTES = ['“', '”', '‘', '’', '「', '」', '『', '』', '"', "'"];
const BRACKETS = ['（', '）', '(', ')', '【', '】', '《', '》', '[', ']', '〔', '〕'];
const SPACES = [' ', '  ', '\u3000', '\u3000\u3000', '\t', '\u00a0', '\u2002', '\u2003'];
const CONTROLS = ['\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u200b', '\ufeff', '\u2028', '\u2029', '\u0085', '\u00ad', '\u200d'];
const ASTRAL = ['😀', '🇨🇳', '𠀀', '𪚥', '👨‍👩‍👧', '👍🏽', '\ud83d', '\ude00', '\udfff\ud800'];

/** One piece of a line. Line breaks (`\n`, `\r`) are never generated here: lines are joined apart. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: pick(WORDS) },
  { weight: 2, arbitrary: pick(TRADITIONAL) },
  { weight: 6, arbitrary: quantity },
  { weight: 5, arbitrary: pick(PUNCTUATION) },
  { weight: 2, arbitrary: year },
  { weight: 2, arbitrary: fc.tuple(pick(QUOTES), pick(WORDS), pick(QUOTES)).map(([a, w, b]) => a + w + b) },
  { weight: 1, arbitrary: pick(QUOTES) },
  { weight: 2, arbitrary: fc.tuple(pick(BRACKETS), fc.oneof(pick(WORDS), quantity), pick(BRACKETS)).map(([a, w, b]) => a + w + b) },
  { weight: 1, arbitrary: pick(BRACKETS) },
  { weight: 2, arbitrary: pick(SPACES) },
  { weight: 1, arbitrary: pick(CONTROLS) },
  { weight: 1, arbitrary: pick(ASTRAL) },
  // A marker run into a line: `。1.` `；二是`, as scraped pages and dense paragraphs have them.
  { weight: 2, arbitrary: marker },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'grapheme' }) },
);

export interface Line {
  indent: string;
  marker: string;
  words: string[];
}

const line: fc.Arbitrary<Line> = fc.record({
  indent: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: pick([...SPACES, '\ufeff', '\u200b', '## ', '\u3000\u3000## ']) }),
  marker: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: marker }),
  words: fc.array(fragment, { maxLength: 12 }),
});

/** Extra lines as page furniture writes them. */
const furnitureLine = pick(['— 3 —', '- 12 -', '第3页', '第 3 页 共 10 页', '共10页 第3页', '3/10', 'Page 3 of 10', '7', '', '\u3000', '2023年度党建工作总结']);

/** Parts named on unnumbered lines of their own, as government work reports name theirs. */
const partLine = pick(['2024年工作回顾', '2025年工作安排建议', '过去一年工作回顾', '加强政府自身建设', '存在的问题和不足', '主要工作', '下一步工作计划', '名词解释', '各位代表：', '现将有关情况报告如下：']);

const renderLine = (l: Line) => l.indent + l.marker + l.words.join('');

/** How the text was presented: as typed, hard-wrapped like a PDF, scraped onto one line, or spaced out. */
type Layout = { kind: 'plain' } | { kind: 'wrap'; width: number } | { kind: 'one-line' } | { kind: 'spaced' };

const layout: fc.Arbitrary<Layout> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'plain' } as Layout) },
  { weight: 2, arbitrary: fc.integer({ min: 8, max: 30 }).map((width) => ({ kind: 'wrap', width }) as Layout) },
  { weight: 1, arbitrary: fc.constant({ kind: 'one-line' } as Layout) },
  { weight: 1, arbitrary: fc.constant({ kind: 'spaced' } as Layout) },
);

function present(lines: string[], how: Layout): string[] {
  switch (how.kind) {
    case 'plain':
      return lines;
    case 'wrap':
      return lines.flatMap((l) => {
        if (l.length <= how.width) return [l];
        const out: string[] = [];
        for (let i = 0; i < l.length; i += how.width) out.push(l.slice(i, i + how.width));
        return out;
      });
    case 'one-line':
      return [lines.join('')];
    case 'spaced':
      return lines.map((l) => l.replace(/(\d)([\u4e00-\u9fff])/g, '$1 $2').replace(/([\u4e00-\u9fff])(\d)/g, '$1 $2'));
  }
}

/** Marker forms by depth, for an outline numbered in sequence; depth 5 is the inline `一是`. */
const STYLES: Array<Array<(n: number) => string>> = [
  [(n) => `${chineseNumeral(n)}、`],
  [(n) => `（${chineseNumeral(n)}）`, (n) => `(${chineseNumeral(n)})`, (n) => String.fromCharCode(0x321f + Math.min(n, 10))],
  [(n) => `${n}.`, (n) => `${n}、`, (n) => `${fullWidthDigits(String(n))}．`],
  [(n) => `（${n}）`, (n) => `(${n})`, (n) => String.fromCharCode(0x245f + Math.min(n, 20)), (n) => String.fromCharCode(0x2473 + Math.min(n, 20)), (n) => `${n}）`],
  [(n) => `${chineseNumeral(n)}是`],
];

const sentence = fc.array(fragment, { minLength: 1, maxLength: 6 }).chain((words) => pick(['。', '；', '！', '', '：']).map((end) => words.join('') + end));

const entry = fc.record({
  depth: fc.integer({ min: 1, max: 5 }),
  title: fc.array(fc.oneof({ weight: 4, arbitrary: pick(WORDS) }, { weight: 1, arbitrary: fragment }), { minLength: 0, maxLength: 4 }).map((w) => w.join('')),
  close: pick(['', '。', '：', '；']),
  body: fc.array(sentence, { maxLength: 3 }),
  runIn: fc.boolean(),
});

/**
 * A report as reports are written: a title line, a preamble, headings numbered in sequence at
 * each depth (a depth may be skipped), bodies of sentences, and sometimes a closing `下一步` part.
 */
const outlineLines: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.option(fc.tuple(year, pick(['党建工作总结', '工作要点', '政府工作报告', '上半年工作总结', '工作计划'])).map(([y, t]) => y + t), { nil: undefined }),
    fc.array(sentence, { maxLength: 2 }),
    fc.array(entry, { maxLength: 16, size: 'medium' }),
    fc.tuple(...STYLES.map((forms) => fc.integer({ min: 0, max: forms.length - 1 }))),
    fc.option(fc.tuple(pick(['下一步，', '下一步工作打算：', '2024年，我们将', '今后，']), fc.array(sentence, { maxLength: 3 })), { nil: undefined }),
  )
  .map(([title, preamble, entries, style, closing]) => {
    const counters = [0, 0, 0, 0, 0, 0];
    const lines: string[] = [];
    if (title) lines.push(title);
    if (preamble.length) lines.push(preamble.join(''));
    for (const e of entries) {
      const n = ++counters[e.depth]!;
      for (let d = e.depth + 1; d <= 5; d++) counters[d] = 0;
      const head = STYLES[e.depth - 1]![style[e.depth - 1]!]!(n) + e.title + e.close;
      if (e.runIn || e.depth === 5) lines.push(head + e.body.join(''));
      else lines.push(head, ...(e.body.length ? [e.body.join('')] : []));
    }
    if (closing) lines.push(closing[0] + closing[1].join(''));
    return lines;
  });

/**
 * A report's lines, without line terminators: a title line sometimes, numbered and plain lines,
 * blank lines and page furniture, in one of the layouts. At most 30 lines after layout.
 */
const looseLines: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.option(fc.tuple(year, pick(['党建工作总结', '工作要点', '政府工作报告', '上半年工作总结和下半年工作计划', '工作总结'])).map(([y, t]) => y + t), { nil: undefined }),
    fc.array(fc.oneof({ weight: 12, arbitrary: line.map(renderLine) }, { weight: 1, arbitrary: furnitureLine }, { weight: 1, arbitrary: partLine }), { maxLength: 24, size: 'medium' }),
  )
  .map(([title, lines]) => (title === undefined ? lines : [title, ...lines]));

export const reportLines: fc.Arbitrary<string[]> = fc
  .tuple(fc.oneof(looseLines, outlineLines), layout)
  .map(([lines, how]) => present(lines, how).slice(0, 30));

/** Line terminators as they come: LF, CRLF, CR, and a blank line now and then. */
const lineEnd = fc.oneof({ weight: 6, arbitrary: fc.constant('\n') }, { weight: 2, arbitrary: pick(['\r\n', '\r', '\n\n', '\r\n\r\n', '\n\r', ' \n', '\u3000\r\n']) });

/** A report-like text with mixed line endings. */
export const reportText: fc.Arbitrary<string> = reportLines.chain((lines) =>
  fc.array(lineEnd, { minLength: lines.length, maxLength: lines.length }).map((ends) => lines.map((l, i) => l + ends[i]!).join('')),
);

/** Any text at all: mostly report-like, sometimes arbitrary strings (lone surrogates included). */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: reportText },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: fc.constantFrom(...'一二三四五六七八九十是、。，（）()1234567890.．xX%次个项年\n\r \u3000') }) },
);

/** A report-like text whose only line terminator is `\n` (and with no `\r` anywhere), to change line endings on. */
export const lfText: fc.Arbitrary<string> = reportLines.map((lines) => lines.map((l) => l.replace(/[\r\n]/g, ''))).chain((lines) =>
  fc.array(fc.oneof({ weight: 5, arbitrary: fc.constant('\n') }, { weight: 1, arbitrary: fc.constant('\n\n') }), { minLength: lines.length, maxLength: lines.length }).map((ends) => lines.map((l, i) => l + ends[i]!).join('')),
);
