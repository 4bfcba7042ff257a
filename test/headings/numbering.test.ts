/**
 * Numbering diagnostics (annotation guide §1): malformed numbers are kept as written and reported
 * as vfile messages with positions; numbering that runs on across parents is not a problem.
 */
import { describe, expect, it } from 'vitest';
import type { VFileMessage } from 'vfile-message';
import { allSections, lineColumn, outline, parse, readFixture } from '../parse/helpers.js';

/** A message as the reader sees it: rule, quoted span, line:column. */
function seen(text: string, m: VFileMessage) {
  const place = m.place as { start: { offset?: number }; end: { offset?: number } } | undefined;
  const start = place?.start.offset;
  const end = place?.end.offset;
  return {
    ruleId: m.ruleId,
    source: m.source,
    span: start === undefined || end === undefined ? null : text.slice(start, end),
    start,
    at: `${m.line}:${m.column}`,
  };
}

const where = (text: string, offset: number) => {
  const { line, column } = lineColumn(text, offset);
  return `${line}:${column}`;
};

describe('the numbering-problems fixture', () => {
  const text = readFixture('numbering-problems.txt');
  const { tree, file } = parse(text);
  const messages = file.messages.map((m) => seen(text, m));

  it('reports a repeated 三是, the half-width (二) among （一）, and 一、 followed by 三、', () => {
    const secondSan = text.indexOf('三是', text.indexOf('三是') + 1);
    expect(messages).toEqual([
      { ruleId: 'repeated-number', source: 'baogao', span: '三是', start: secondSan, at: where(text, secondSan) },
      { ruleId: 'mixed-brackets', source: 'baogao', span: '(二)', start: text.indexOf('(二)'), at: where(text, text.indexOf('(二)')) },
      { ruleId: 'skipped-number', source: 'baogao', span: '三、', start: text.indexOf('三、'), at: where(text, text.indexOf('三、')) },
    ]);
  });

  it('messages are warnings, not fatal, and say what is wrong', () => {
    for (const m of file.messages) {
      expect(m.fatal).toBe(false);
      expect(m.reason.length).toBeGreaterThan(0);
    }
    expect(file.messages[0]!.reason).toContain('三是');
  });

  it('keeps both 三是 items and all the text: nothing is repaired or dropped', () => {
    expect(outline(tree)).toEqual([
      '一、|主要工作成效',
      '  （一）|强化履职尽责',
      '    一是|严肃党内组织生活，落实双重组织生活制度',
      '    二是|抓好领导班子建设，召开专题民主生活会',
      '    三是|推进党务干部能力建设，组织专题培训2期',
      '    三是|坚持挺纪在前，开展集体廉政谈话6次',
      '  (二)|坚持挺纪在前',
      '    一是|加强队伍管理',
      '    二是|强化监督执纪',
      '三、|存在的主要问题',
      '  一是|学习不够深入',
      '  二是|创新不够有力',
    ]);
    const ordinals = allSections(tree).filter((s) => s.level === 1).map((s) => s.ordinal);
    expect(ordinals).toEqual([1, 3]);
  });
});

describe('each rule on its own', () => {
  it('repeated item number', () => {
    const text = '（一）抓学习。一是学理论。二是学党史。二是学法规。';
    const { file } = parse(text);
    expect(file.messages.map((m) => seen(text, m))).toEqual([
      { ruleId: 'repeated-number', source: 'baogao', span: '二是', start: text.lastIndexOf('二是'), at: `1:${text.lastIndexOf('二是') + 1}` },
    ]);
  });

  it('skipped level-1 number, on the right line of a CRLF text', () => {
    const text = '一、主要工作\r\n组织学习3次。\r\n三、存在的问题\r\n学习不深。';
    const { file } = parse(text);
    expect(file.messages.map((m) => seen(text, m))).toEqual([
      { ruleId: 'skipped-number', source: 'baogao', span: '三、', start: text.indexOf('三、'), at: '3:1' },
    ]);
  });

  it('skipped number after indentation points at the marker, not the indentation', () => {
    const text = '　　一、主要工作\n　　三、存在的问题';
    const { file } = parse(text);
    expect(file.messages.map((m) => seen(text, m))).toEqual([
      { ruleId: 'skipped-number', source: 'baogao', span: '三、', start: text.indexOf('三、'), at: '2:3' },
    ]);
  });

  it('mixed bracket widths among siblings', () => {
    const text = '一、主要工作\n（一）抓学习\n(二)抓服务\n（三）抓作风';
    const { file } = parse(text);
    expect(file.messages.map((m) => seen(text, m).ruleId)).toEqual(['mixed-brackets']);
    expect(seen(text, file.messages[0]!).span).toBe('(二)');
  });

  it('numbering starting past 1 under its first parent is reported', () => {
    const text = '一、主要工作\n（二）抓服务';
    const { file } = parse(text);
    expect(file.messages.map((m) => [m.ruleId, seen(text, m).span])).toEqual([['skipped-number', '（二）']]);
  });
});

describe('well-formed numbering gives no message', () => {
  it.each([
    ['a clean ladder', '一、主要工作\n（一）抓学习\n1. 学理论\n2. 学党史\n（二）抓服务\n二、存在的问题\n一是学习不深。二是创新不足。'],
    ['3. under 一、 running on to 4. under 二、 (001 style)', '一、深化党的政治建设\n1. 深化政治机关建设。\n2. 推动决策部署落地见效。\n3. 加强思想政治工作。\n二、迎接服务党的二十大\n4.抓好宣传引导工作。\n5. 认真学习宣传贯彻党的二十大精神。'],
    ['1. restarting under each 一、', '一、加强政治建设\n1. 深化政治机关建设。\n2. 严格执行请示报告制度。\n二、推进理论武装\n1. 学习宣传贯彻党的二十大精神。'],
    ['一是 restarting in a new paragraph of the same section', '（一）抓学习。一是学理论。二是学党史。\n重点抓好以下工作：一是读原著。二是悟原理。'],
    ['the plan-document fixture', readFixture('plan-document.txt')],
    ['the summary-plan fixture', readFixture('summary-plan.txt')],
  ])('%s', (_name, text) => {
    const { file } = parse(text);
    expect(file.messages.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([]);
  });

  it('but a run-on that jumps (3. then 5.) is reported', () => {
    const text = '一、深化党的政治建设\n1. 深化政治机关建设。\n2. 推动决策部署落地见效。\n3. 加强思想政治工作。\n二、迎接服务党的二十大\n5. 认真学习宣传贯彻党的二十大精神。';
    const { file } = parse(text);
    expect(file.messages.map((m) => [m.ruleId, seen(text, m).span])).toEqual([['skipped-number', '5.']]);
  });
});
