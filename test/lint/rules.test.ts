import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, createProcessor } from '../../src/analyze.js';
import { lint, RULES, severities, type LintOptions } from '../../src/lint/index.js';
import { createSegmenter } from '../../src/segment/segmenter.js';

const processor = createProcessor({ segmenter: createSegmenter() });
const run = (text: string, options?: LintOptions) => {
  const report = analyzeReport(text, { processor, source: { file: 'r.txt' } });
  const messages = lint(report, options);
  // every finding slices back to the text as read
  for (const m of messages) expect(text.slice(m.start, m.end)).toBe(m.actual);
  return messages;
};
const ids = (text: string, rule: string) => run(text).filter((m) => m.ruleId === rule);

describe('unfilled-placeholder', () => {
  it.each([
    ['全年召开党委会xx次。', 'xx'],
    ['发展党员XX名。', 'XX'],
    ['覆盖率达到x.x%。', 'x.x'],
    ['20xx年工作要点', '20xx'],
    ['于x月xx日召开。', 'x'],
    ['组织**场培训。', '**'],
    ['召开党小组会X轮次。', 'X'],
    ['开展ｘｘ项活动。', 'ｘｘ'],
    ['XX局党委高度重视。', 'XX'],
    ['由某某同志负责。', '某某'],
  ])('flags %s', (text, actual) => {
    const found = ids(`一、工作总结\n${text}\n`, 'unfilled-placeholder');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.actual).toBe(actual);
    expect(found[0]!.severity).toBe('error');
  });

  it.each([
    ['使用Excel表格统计。'],
    ['开展X光检查。'],
    ['全年召开党委会12次。'],
    ['推进XML数据交换。'],
  ])('leaves %s alone', (text) => {
    expect(ids(`一、工作总结\n${text}\n`, 'unfilled-placeholder')).toEqual([]);
  });
});

describe('numbering', () => {
  it('flags a repeated 三是, a skipped number and a half-width bracket among full-width ones', () => {
    const text = '一、主要工作\n一是学习。二是调研。三是整改。三是总结。\n二、存在问题\n（一）思想。\n(二)作风。\n四、下步打算\n抓落实。\n';
    const found = ids(text, 'numbering');
    expect(found.map((m) => m.actual)).toEqual(['三是', '(二)', '四、']);
  });

  it('counts afresh under each parent', () => {
    const text = '一、主要工作\n（一）学习。\n（二）调研。\n二、存在问题\n（一）思想。\n（二）作风。\n';
    expect(ids(text, 'numbering')).toEqual([]);
  });
});

describe('repeated-text', () => {
  const sentence = '党员干部在系统学习党的百年党史中明理增信，进一步坚定了历史自信和历史自觉';
  it('flags a sentence written twice, and one repeated with a word changed', () => {
    expect(ids(`一、工作\n${sentence}。其他工作扎实推进。\n${sentence}。\n`, 'repeated-text')).toHaveLength(1);
    const edited = sentence.replace('系统学习', '学习');
    expect(ids(`一、工作\n${sentence}。\n${edited}。\n`, 'repeated-text')).toHaveLength(1);
  });

  it('leaves alone short stock sentences and different long ones', () => {
    expect(ids('一、工作\n加强党的建设。\n二、打算\n加强党的建设。\n', 'repeated-text')).toEqual([]);
    expect(ids(`一、工作\n${sentence}。\n全年召开党委会12次，研究重大事项30项，听取意识形态工作汇报4次。\n`, 'repeated-text')).toEqual([]);
  });
});

describe('punctuation', () => {
  it('flags doubled marks, unbalanced quotes and brackets, ASCII marks between Chinese characters', () => {
    const found = ids('一、工作\n认真学习。。落实“两个维护。\n开展活动（共3次，3人，2天，1场。\n学习,调研;总结\n', 'punctuation');
    expect(found.map((m) => [m.actual, m.expected])).toEqual([
      ['。。', ['。']],
      ['“', null],
      ['（', null],
      [',', ['，']],
      [';', ['；']],
    ]);
  });

  it('a text written with ASCII marks throughout gets one finding, with the count', () => {
    const found = ids('一、工作\n学习,调研,总结,整改;落实。\n', 'punctuation');
    expect(found).toHaveLength(1);
    expect(found[0]!.reason).toContain('4处');
  });

  it('leaves alone balanced pairs across one line, numbers and Latin text', () => {
    expect(ids('一、工作\n落实“两个维护”（共3次）。\n金额1,000元，时间12:30，see A, B; C.\n', 'punctuation')).toEqual([]);
  });
});

describe('severities', () => {
  it('a rule can be switched off or raised; an unknown rule is refused', () => {
    const text = '一、工作\n召开党委会xx次。。\n';
    expect(run(text, { rules: { punctuation: 'off' } }).some((m) => m.ruleId === 'punctuation')).toBe(false);
    expect(run(text, { rules: { punctuation: 'error' } }).find((m) => m.ruleId === 'punctuation')!.severity).toBe('error');
    expect(() => severities({ rules: { 'no-such-rule': 'warn' } })).toThrow(/unknown lint rule/);
    expect(RULES.every((r) => r.severity !== ('off' as string))).toBe(true);
  });

  it('maps a tree rule’s finding back through normalisation (full-width digits, traditional script)', () => {
    const text = '一、主要工作\n一是學習。二是調研。二是整改。\n';
    const found = run(text).filter((m) => m.ruleId === 'numbering');
    expect(found.map((m) => m.actual)).toEqual(['二是']);
    expect(found[0]!.start).toBe(text.lastIndexOf('二是'));
  });
});

describe('formulation', () => {
  it.each([
    ['践行两个“维护”。', '两个“维护”', ['“两个维护”']],
    ['做到两个‘确立’。', '两个‘确立’', ['“两个确立”']],
    ['严格执行党内监督条列。', '条列', ['条例']],
    ['开展多伦次谈话。', '多伦次', ['多轮次']],
    ['认真贯切落实。', '贯切', ['贯彻']],
  ])('flags %s', (text, actual, expected) => {
    const found = ids(`一、工作\n${text}\n`, 'formulation');
    expect(found.map((m) => [m.actual, m.expected])).toEqual([[actual, expected]]);
    expect(found[0]!.severity).toBe('error');
  });

  it('flags a formulation listed with a member missing or miswritten, and gives the list', () => {
    const found = ids('一、工作\n增强“四个意识”（政治意识、大局意识、核心意识）。坚定四个自信：道路自信、理论自信、制度自信、文明自信。\n', 'formulation');
    expect(found).toHaveLength(2);
    expect(found[0]!.reason).toContain('缺少看齐意识');
    expect(found[0]!.expected).toEqual(['政治意识、大局意识、核心意识、看齐意识']);
    expect(found[1]!.reason).toContain('文明自信');
  });

  it('leaves alone the right forms, a list written right, and a form inside longer words', () => {
    const text = '一、工作\n践行“两个维护”，增强“四个意识”（政治意识、大局意识、核心意识、看齐意识），落实“三会一课”（支部党员大会、支部委员会、党小组会和党课）。逐条列出问题清单。多伦县开展活动。\n';
    expect(ids(text, 'formulation')).toEqual([]);
  });

  it('never flags a term of the political-terms dictionary written as it stands there', () => {
    const terms = readFileSync('dictionaries/political-terms.utf8', 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[0]!);
    expect(terms.length).toBeGreaterThan(500);
    const text = `一、工作\n${terms.map((t) => `坚持${t}。`).join('\n')}\n`;
    expect(ids(text, 'formulation')).toEqual([]);
  });
});

describe('outdated-formulation', () => {
  it('flags a superseded formulation by the report’s own year of work', () => {
    const found = ids('某局2023年党建工作总结\n一、主要工作\n深入学习贯彻党的十九大精神。贯彻党的十九大和十九届历次全会精神。\n', 'outdated-formulation');
    expect(found.map((m) => [m.actual, m.expected])).toEqual([
      ['学习贯彻党的十九大精神', ['学习贯彻党的二十大精神']],
      ['党的十九大和十九届历次全会精神', ['党的二十大和二十届历次全会精神']],
    ]);
  });

  it('leaves it alone in a report on work before the change, and where it is history', () => {
    expect(ids('某局2021年党建工作总结\n一、主要工作\n深入学习贯彻党的十九大精神。\n', 'outdated-formulation')).toEqual([]);
    expect(ids('某局2023年党建工作总结\n一、主要工作\n党的十九大以来，各项工作取得新进展。\n', 'outdated-formulation')).toEqual([]);
  });
});

describe('year-consistency', () => {
  it('flags a plan part for one year that plans another, and a summary calling its own year 明年', () => {
    const text = '某局2022年工作总结\n一、主要工作\n全年召开党委会12次。明年（2022年）继续推进。\n二、2023年工作打算\n一是2022年，我们将持续深化学习。二是抓好落实。\n';
    const found = ids(text, 'year-consistency');
    expect(found.map((m) => [m.actual, m.expected])).toEqual([
      ['明年（2022年）', ['今年（2022年）']],
      ['2022年', ['2023年']],
    ]);
  });

  it('leaves alone comparisons, spans and deadlines in a plan, and a plan’s own year', () => {
    const text = '某局2022年工作总结\n一、主要工作\n全年召开党委会12次。\n二、2023年工作打算\n一是比2022年增加2次。二是2022年以来的问题全部整改。三是到2025年完成建设。四是2023年，我们将深化学习。\n';
    expect(ids(text, 'year-consistency')).toEqual([]);
  });
});

describe('punctuation after a heading number, and quoted titles', () => {
  it('flags 一. and 1、. at a line’s start, not a decimal or a list in prose', () => {
    const found = ids('一.主要工作\n1、.学习\n2.调研\n增长1.5%，完成一、二季度任务。\n', 'punctuation');
    expect(found.map((m) => [m.actual, m.expected])).toEqual([['.', ['、']], ['、.', ['、', '.']]]);
  });

  it('leaves a document’s title in 《》 as it was issued', () => {
    const text = '某局2023年党建工作总结\n一、主要工作\n学习《关于学习贯彻党的十九大精神的通知》和《学习,调研》。\n';
    expect(ids(text, 'outdated-formulation')).toEqual([]);
    expect(ids(text, 'punctuation')).toEqual([]);
    // but an issued title is spelt right: a misspelt one is a slip
    expect(ids('一、工作\n深化《中国共产党党内监督条列》学习。\n', 'formulation').map((m) => m.actual)).toEqual(['条列']);
  });
});

describe('numbering in attachments', () => {
  it('counts afresh in each attachment; 附件10万元 in prose is no attachment', () => {
    const text = '一、主要工作\n学习。\n二、下步打算\n落实。\n附件1\n一、基本情况\n情况。\n二、主要做法\n做法。\n附件2：名单\n一、人员\n附件10万元经费已拨付。\n三、其他\n';
    expect(ids(text, 'numbering').map((m) => m.actual)).toEqual(['三、']);
  });
});
