/**
 * Document kind and year (annotation guide §4): what sort of report it is, and the year whose work
 * it reports (for a plan, the year it plans for).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTree as analyze, createProcessor } from '../../src/analyze.js';
import { corpusFile, readFixture } from '../parse/helpers.js';

/** One processor for the file: building the segmenter is the slow part. */
const processor = createProcessor();
const analyzeTree = (text: string) => analyze(text, { processor });

/** Kind, year and the no-year diagnostics of a text. */
function documentInfo(text: string) {
  const { file } = analyzeTree(text);
  return {
    kind: file.data.kind,
    year: file.data.year,
    noYear: file.messages.filter((m) => m.ruleId === 'no-year').length,
  };
}

describe('kind', () => {
  it.each([
    ['summary-plan.txt', 'summary+plan', 'a review with a 下一步工作计划 part'],
    ['year-from-plan-part.txt', 'summary+plan', 'a review with a plan part opening 2023年，我们将'],
    ['plan-document.txt', 'plan', 'a 工作要点 of thematic parts and numbered tasks'],
    ['half-year.txt', 'half-year', 'a 上半年 report, even though it ends with a 下一步 plan part'],
    ['summary-only.txt', 'summary', 'a review with no plan part'],
    ['no-year.txt', 'summary', 'a short 情况汇报 of work done'],
  ])('%s → %s (%s)', (name, kind) => {
    expect(documentInfo(readFixture(name)).kind).toBe(kind);
  });

  it('a full-year review closing with an unnumbered 下一步 part is summary+plan', () => {
    const text = '现将2021年党建工作总结如下：\n一、主要工作\n（一）抓学习。全年组织集中学习12次。\n下一步，我们将继续加强党的建设。\n一是深化理论武装。\n二是建强基层组织。';
    expect(documentInfo(text).kind).toBe('summary+plan');
  });

  it('a half-year report with a numbered 下半年工作打算 part is still half-year', () => {
    const text = '街道党工委2022年上半年党建工作总结\n\n一、主要工作\n（一）抓学习。上半年组织集中学习6次。\n二、下半年工作打算\n（一）深化理论学习。';
    expect(documentInfo(text).kind).toBe('half-year');
  });

  it('a title line naming a plan is read whatever ends the line: CR alone too (property test counterexample)', () => {
    for (const end of ['\n', '\r\n', '\r']) expect(documentInfo(`２０１５年工作要点${end}工作回顾${end}`).kind, JSON.stringify(end)).toBe('plan');
  });

  it('the head’s first 60 characters count a CRLF once (property test counterexample)', () => {
    // Without a title line, 回顾 at the 60th character of the LF text is in the head.
    const lines = ['2015年工作要', '点', '一、工作（近一次', '以上（（城镇调查', '失业率（第一近1', '0000余人以上', '  工作工作回顾', ''];
    const kinds = ['\n', '\r\n', '\r'].map((end) => documentInfo(lines.join(end)).kind);
    expect(kinds).toEqual([kinds[0], kinds[0], kinds[0]]);
  });
});

describe('year', () => {
  it('from the preamble: 现将2021年党建工作总结如下', () => {
    expect(documentInfo(readFixture('summary-plan.txt'))).toEqual({ kind: 'summary+plan', year: 2021, noYear: 0 });
  });

  it('from a review heading: 二、2021年主要工作', () => {
    expect(documentInfo(readFixture('summary-only.txt'))).toEqual({ kind: 'summary', year: 2021, noYear: 0 });
  });

  it('written in Chinese digits: 二〇二三年党建工作总结', () => {
    const text = '二〇二三年党建工作总结\n一、主要工作\n全年召开党委会12次。\n二、存在问题\n学习不够深入。';
    expect(documentInfo(text)).toEqual({ kind: 'summary', year: 2023, noYear: 0 });
  });

  it('from 2023年是… opening a plan', () => {
    expect(documentInfo(readFixture('plan-document.txt'))).toEqual({ kind: 'plan', year: 2023, noYear: 0 });
  });

  it('from 2022年是… in a short plan without a title line', () => {
    const text = '2022年是党的二十大召开之年。\n一、加强政治建设\n1. 深化政治机关建设。\n2. 加强思想政治工作。';
    expect(documentInfo(text)).toEqual({ kind: 'plan', year: 2022, noYear: 0 });
  });

  it('from the plan part’s 2023年，我们将 in a full-year review → 2022 (as 004)', () => {
    expect(documentInfo(readFixture('year-from-plan-part.txt'))).toEqual({ kind: 'summary+plan', year: 2022, noYear: 0 });
  });

  it('a half-year report: the year of its 上半年', () => {
    expect(documentInfo(readFixture('half-year.txt'))).toEqual({ kind: 'half-year', year: 2023, noYear: 0 });
  });

  it('from an indented preamble (002 style)', () => {
    expect(documentInfo(readFixture('indented.txt')).year).toBe(2022);
  });

  it('an event’s date is not the period: 2014年8月, 2004年初, 2003年起 → null', () => {
    const text = '园区党建工作总结\n2014年8月，组建成立了园区党总支。2004年初，区委出台了意见；从2003年起，利用5年时间培训干部。园区先后获得了荣誉称号。';
    expect(documentInfo(text)).toMatchObject({ kind: 'summary', year: null, noYear: 1 });
  });

  it('a year named as a period counts: 2016年，… and 2005年的各项工作', () => {
    expect(documentInfo('党建工作情况汇报\n2016年，共开展专题讨论4次。2016年，区领导班子成员共上党课8次。').year).toBe(2016);
    expect(documentInfo('镇党委工作总结\n2003年获评先进单位。2005年的各项工作任务也圆满完成，取得了较好的成绩。').year).toBe(2005);
  });

  it('a masked period (20xx年工作总结) → null and a masked-year diagnostic naming it', () => {
    const { file } = analyzeTree('20xx年党支部工作总结\n一、主要工作\n2019年8月，召开党员大会2次。\n二、存在问题\n学习不够深入。');
    expect(file.data.year).toBeNull();
    const messages = file.messages.filter((m) => m.ruleId === 'masked-year');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('20xx年');
  });

  it('a title broken one word per line under a bare year line: 2023', () => {
    expect(documentInfo('2023\n社区\n志愿服务\n工作情况\n汇报\n各位领导：\n社区开展志愿服务取得了成效。').year).toBe(2023);
  });

  it('a period names itself within one line, whatever ends the line (property test counterexample)', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      expect(documentInfo(`第一1990年${end}工作安排${end}`).year, JSON.stringify(end)).toBeNull();
      expect(documentInfo(`2023${end}社区${end}志愿服务${end}工作情况${end}汇报${end}各位领导：${end}社区开展志愿服务取得了成效。`).year, JSON.stringify(end)).toBe(2023);
    }
  });

  it('problems found in a named year were acted on later: 针对2020年度查摆的问题 → 2021', () => {
    const text = '过去一年，街道较好地完成了各项工作。现将全年工作总结如下：\n一、主要工作\n针对2020年度查摆的队伍不精等问题，组建4支骨干队伍。';
    expect(documentInfo(text).year).toBe(2021);
  });

  it('figures set against the same period before make a review, even without headings', () => {
    expect(documentInfo('今年以来，共接受信访举报550件，比上年同期847件少297件。来访88人次，比上年同期107人次少19人次。').kind).toBe('summary');
  });

  it('none at all → null and a no-year diagnostic', () => {
    const text = readFixture('no-year.txt');
    const { file } = analyzeTree(text);
    expect(file.data.year).toBeNull();
    const messages = file.messages.filter((m) => m.ruleId === 'no-year');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.source).toBe('baogao');
    expect(messages[0]!.reason).toMatch(/year/i);
  });
});

describe('the corpus (guide §4)', () => {
  it.each([
    ['000', 'summary+plan', 2021],
    ['001', 'plan', 2022],
    ['002', 'summary+plan', 2021],
    ['003', 'half-year', 2022],
    ['004', 'summary+plan', 2022],
  ] as const)('%s → %s, %s', (prefix, kind, year) => {
    expect(documentInfo(readFileSync(corpusFile(prefix), 'utf8'))).toEqual({ kind, year, noYear: 0 });
  });
});
