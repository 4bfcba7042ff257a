/**
 * Headings by marker form (annotation guide §1): levels 1–4, inline 一是 items, indentation,
 * line ends, skipped levels, and the things that look like markers but are not headings.
 */
import { describe, expect, it } from 'vitest';
import { allSections, headingOf, levels, outline, ownSentences, parse, readFixture } from './helpers.js';

describe('line heading markers: the level comes from the marker form', () => {
  it.each([
    ['一、2021年主要工作', 1, '一、', 1, '2021年主要工作'],
    ['十二、其他工作', 1, '十二、', 12, '其他工作'],
    ['（一）强化政治建设', 2, '（一）', 1, '强化政治建设'],
    ['(二)加强党员教育管理', 2, '(二)', 2, '加强党员教育管理'],
    ['1. 深化政治机关建设', 3, '1.', 1, '深化政治机关建设'],
    ['2．推动决策部署落地见效', 3, '2．', 2, '推动决策部署落地见效'],
    ['3、加强思想政治工作', 3, '3、', 3, '加强思想政治工作'],
    ['4.抓好宣传引导工作', 3, '4.', 4, '抓好宣传引导工作'],
    ['12.严明党的纪律规矩', 3, '12.', 12, '严明党的纪律规矩'],
    ['（1）规范发展党员程序', 4, '（1）', 1, '规范发展党员程序'],
    ['(2)严格党费收缴管理', 4, '(2)', 2, '严格党费收缴管理'],
    ['①组织生活会', 4, '①', 1, '组织生活会'],
    // single characters Word's automatic numbering leaves in converted text, and `1）`
    ['㈢夯实基层基础', 2, '㈢', 3, '夯实基层基础'],
    ['⑵严格党费收缴管理', 4, '⑵', 2, '严格党费收缴管理'],
    ['3）规范组织生活', 4, '3）', 3, '规范组织生活'],
    ['4)严肃组织纪律', 4, '4)', 4, '严肃组织纪律'],
  ] as const)('%s → level %s, marker %s, ordinal %s', (line, level, marker, ordinal, title) => {
    const { tree } = parse(line);
    const [section] = allSections(tree);
    expect(section).toMatchObject({ type: 'section', level, marker, ordinal, title });
    expect(section!.position.start.offset).toBe(0);
    const heading = headingOf(section!);
    expect(heading.titleStart).toBe(line.indexOf(title));
    expect(heading.titleEnd).toBe(line.length);
  });

  it('nests a whole ladder of levels, one inside the other', () => {
    const { tree } = parse(
      [
        '一、加强基层组织建设',
        '（一）规范支部组织生活',
        '1. 严格落实“三会一课”',
        '（1）支部党员大会每季度召开一次',
        '（2）支部委员会每月召开一次',
        '2. 开展主题党日活动',
        '（二）加强党员教育管理',
        '二、推进作风建设',
      ].join('\n'),
    );
    expect(outline(tree)).toEqual([
      '一、|加强基层组织建设',
      '  （一）|规范支部组织生活',
      '    1.|严格落实“三会一课”',
      '      （1）|支部党员大会每季度召开一次',
      '      （2）|支部委员会每月召开一次',
      '    2.|开展主题党日活动',
      '  （二）|加强党员教育管理',
      '二、|推进作风建设',
    ]);
  });

  it('circled numbers are level 4 under a 1. task', () => {
    const { tree } = parse('1. 健全学习制度\n①中心组学习\n②青年理论学习');
    expect(outline(tree)).toEqual(['1.|健全学习制度', '  ①|中心组学习', '  ②|青年理论学习']);
    expect(levels(tree)).toEqual([
      ['1.', 3],
      ['①', 4],
      ['②', 4],
    ]);
  });

  it('a document may skip a level: 一、 then 1. (as 001 does)', () => {
    const { tree, file } = parse(readFixture('plan-document.txt'));
    expect(outline(tree)).toEqual([
      '一、|加强党的政治建设',
      '  1.|深化政治机关建设',
      '  2.|严格执行请示报告制度',
      '二、|推进理论武装',
      '  3.|学习宣传贯彻党的二十大精神',
      '  4.|抓好青年理论学习',
      '三、|建强基层党组织',
      '  5.|推进公立医院党建工作',
      '  6.|加强党员教育管理',
    ]);
    expect(allSections(tree).filter((s) => s.level === 3).map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(file.messages).toEqual([]);
  });

  it('a level-3 task right under 一、 closes at the next 一、 level heading', () => {
    const { tree } = parse('一、加强政治建设\n1. 深化政治机关建设。\n二、推进理论武装\n正文。');
    const [first, second] = tree.children;
    expect(first).toMatchObject({ type: 'section', marker: '一、' });
    expect(second).toMatchObject({ type: 'section', marker: '二、' });
    expect(ownSentences(second as never)).toEqual(['正文。']);
  });
});

describe('long numbered lists', () => {
  it('a task list runs past 99: 100. and 101. are headings of their own, not text of 99.', () => {
    const text = Array.from({ length: 101 }, (_, i) => `${i + 1}. 第${i + 1}项任务。`).join('\n');
    const sections = allSections(parse(text).tree);
    expect(sections).toHaveLength(101);
    expect(sections.slice(-3).map((s) => [s.marker, s.ordinal])).toEqual([['99.', 99], ['100.', 100], ['101.', 101]]);
  });
});

describe('inline items 一是/二是', () => {
  it('after 。, after ；, and at the start of a line', () => {
    const text = '（一）抓学习。一是学理论，读原著。二是学党史；三是学法规。\n四是学业务。';
    const { tree } = parse(text);
    expect(outline(tree)).toEqual(['（一）|抓学习', '  一是|学理论，读原著', '  二是|学党史', '  三是|学法规', '  四是|学业务']);
    expect(levels(tree).slice(1).every(([, level]) => level === 'item')).toBe(true);
    const items = allSections(tree).slice(1);
    expect(items.map((s) => s.ordinal)).toEqual([1, 2, 3, 4]);
    expect(items.map((s) => s.position.start.offset)).toEqual(['一是', '二是', '三是', '四是'].map((m) => text.indexOf(m)));
  });

  it('after a comma, when the lead ends in a comma (强化领导班子建设，一是…)', () => {
    const text = '（二）强化履职尽责，细耕“责任田”。强化领导班子建设，一是严肃机关党内组织生活。二是认真抓好局领导班子建设。';
    const { tree } = parse(text);
    expect(outline(tree)).toEqual(['（二）|强化履职尽责，细耕“责任田”', '  一是|严肃机关党内组织生活', '  二是|认真抓好局领导班子建设']);
    // The lead clause stays in the section's own text, comma included.
    const section = tree.children[0] as never;
    expect(ownSentences(section)).toEqual(['强化领导班子建设，']);
    expect(allSections(tree)[1]!.position.start.offset).toBe(text.indexOf('一是'));
  });

  it('after a colon that announces a list', () => {
    const { tree } = parse('（三）抓好三项工作：一是抓落实；二是抓督查；三是抓考核。');
    expect(outline(tree)).toEqual(['（三）|抓好三项工作', '  一是|抓落实', '  二是|抓督查', '  三是|抓考核']);
  });

  it('items of the same paragraph are siblings, not nested', () => {
    const { tree } = parse('二、存在的问题\n一是学习不深。二是创新不足。三是督查不严。');
    const [problems] = tree.children;
    expect((problems as never as { children: Array<{ type: string }> }).children.filter((c) => c.type === 'section')).toHaveLength(3);
  });

  it('a new line closes the items of the previous paragraph', () => {
    const { tree } = parse('（一）抓学习。一是学理论。二是学党史。\n全年组织集中学习12次。');
    const [section] = tree.children;
    expect(ownSentences(section as never)).toEqual(['全年组织集中学习12次。']);
  });

  it('唯一是 and 统一是 are words, not items', () => {
    const { tree } = parse('（一）抓学习。唯一是坚持党的全面领导。统一是前提，落实是关键。');
    expect(outline(tree)).toEqual(['（一）|抓学习']);
  });

  it('a stray 二是 inside a clause is not an item (only 一是 or the next number may follow a comma)', () => {
    const { tree } = parse('（一）抓学习。加强学习，二是要求之一。');
    expect(outline(tree)).toEqual(['（一）|抓学习']);
  });
});

describe('leading indentation is not part of a heading', () => {
  it.each([
    ['ASCII spaces', '        '],
    ['a tab', '\t'],
    ['NBSP', '\u00a0\u00a0'],
    ['full-width spaces', '\u3000\u3000'],
    ['a mix', ' \u00a0\u3000'],
  ])('%s before 一、 and （一）', (_what, indent) => {
    const text = `${indent}一、主要工作\n${indent}（一）抓学习。一是学理论。`;
    const { tree } = parse(text);
    expect(outline(tree)).toEqual(['一、|主要工作', '  （一）|抓学习', '    一是|学理论']);
    const [first, second, item] = allSections(tree);
    expect(first!.position.start.offset).toBe(indent.length);
    expect(second!.position.start.offset).toBe(text.indexOf('（一）'));
    expect(headingOf(first!).position.start.offset).toBe(indent.length);
    expect(item!.position.start.offset).toBe(text.indexOf('一是'));
  });

  it('indented fixture: every heading starts at its marker', () => {
    const text = readFixture('indented.txt');
    const { tree } = parse(text);
    expect(outline(tree)).toEqual(['一、|主要工作', '  （一）|加强政治理论学习', '  （二）|规范组织生活', '二、|存在的不足', '  一是|学习的系统性不强', '  二是|活动载体不够丰富']);
    for (const s of allSections(tree)) expect(text.slice(s.position.start.offset!).startsWith(s.marker)).toBe(true);
  });

  it('an indented line that only looks indented is still a paragraph when it has no marker', () => {
    const { tree } = parse('\u3000\u3000现将有关情况报告如下：\n一、主要工作');
    expect(tree.children[0]).toMatchObject({ type: 'paragraph' });
    expect(tree.children[0]!.position.start.offset).toBe(2);
  });
});

describe('line ends: CRLF and CR end lines just as LF does', () => {
  const lf = '一、主要工作\n（一）抓学习。一是学理论。\n1. 深化政治机关建设\n二、存在的问题\n一是学习不深。';
  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s', (_name, eol) => {
    const text = lf.replace(/\n/g, eol);
    const { tree } = parse(text);
    expect(outline(tree)).toEqual(outline(parse(lf).tree));
    for (const s of allSections(tree)) {
      expect(text.slice(s.position.start.offset!).startsWith(s.marker)).toBe(true);
      expect(s.title).not.toMatch(/\r/);
    }
    const second = allSections(tree).find((s) => s.marker === '二、')!;
    expect(second.position.start.offset).toBe(text.indexOf('二、'));
    expect(second.position.start.line).toBe(4);
  });
});

describe('things that are not headings', () => {
  it('the not-headings fixture has exactly its two headings; every other line is text of （一）', () => {
    const { tree } = parse(readFixture('not-headings.txt'));
    expect(outline(tree)).toEqual(['一、|主要工作', '  （一）|学习贯彻全会精神']);
    const section = allSections(tree)[1]!;
    expect(ownSentences(section)).toEqual([
      '组织党员干部原原本本学习全会公报。',
      '十九届六中全会审议通过的历史决议，是我们党的第三个历史决议。',
      '第二十次全国代表大会将于下半年召开，要提前做好学习准备。',
      '“三会一课”制度全面落实，支部组织生活更加规范。',
      '12345政务服务便民热线全年受理群众诉求xx件，办结率100%。',
      '1.37万亿斤的粮食产量，为稳定经济大盘提供了支撑。',
      '唯一是坚持党的全面领导，才能把各项工作做好。',
      '统一是前提，落实是关键。',
    ]);
  });

  it.each([
    '第二十次全国代表大会胜利召开。',
    '十九届六中全会审议通过了决议。',
    '“三会一课”制度得到落实。',
    '12345政务服务便民热线运行平稳。',
    '1.37万亿斤的粮食产量再创新高。',
    '唯一是要求。',
    '统一是前提。',
    '5.12防灾减灾日开展宣传。',
  ])('a line starting %s', (line) => {
    const { tree } = parse(line);
    expect(allSections(tree)).toEqual([]);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('paragraph');
  });

  it('numbers inside a sentence are not headings', () => {
    const { tree } = parse('一、主要工作\n全年召开党委会3次、一是一二是二的作风，(1)号文件和（二）类问题都已整改。');
    expect(outline(tree)).toEqual(['一、|主要工作']);
  });
});
