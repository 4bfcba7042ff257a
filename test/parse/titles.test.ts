/**
 * Titles (annotation guide §1): the rest of the line for a line heading; the words up to the
 * first 。；：(;:) for a run-in heading; never the marker, never the closing punctuation.
 */
import { describe, expect, it } from 'vitest';
import { allSections, headingOf, outline, ownSentences, parse, readFixture } from './helpers.js';

/** The first section's title, heading flags and body sentences. */
function firstHeading(text: string) {
  const { tree } = parse(text);
  const section = allSections(tree)[0]!;
  const heading = headingOf(section);
  return { section, heading, title: section.title, runIn: heading.runIn, body: ownSentences(section) };
}

describe('line headings: the title is the rest of the line', () => {
  it('一、2021年主要工作 → 2021年主要工作', () => {
    const { title, runIn, heading } = firstHeading('一、2021年主要工作\n2021年，局党委坚持以习近平新时代中国特色社会主义思想为指导。');
    expect(title).toBe('2021年主要工作');
    expect(runIn).toBe(false);
    expect(heading.position.end.offset).toBe('一、2021年主要工作'.length);
  });

  it('a long thematic line with commas and quotes is one title', () => {
    const { title } = firstHeading('一、筑牢政治建设“主阵地”，让思想教育“深”起来\n（一）把政治建设摆在首位。');
    expect(title).toBe('筑牢政治建设“主阵地”，让思想教育“深”起来');
  });

  it('the full stop or colon that ends a heading line is not part of the title', () => {
    expect(firstHeading('1. 深化政治机关建设。').title).toBe('深化政治机关建设');
    expect(firstHeading('三、下一步工作计划：').title).toBe('下一步工作计划');
  });

  it('trailing spaces before the full stop are trimmed (004: `建强战斗堡垒 。`)', () => {
    const { title, heading } = firstHeading('（三）抓实基层基础，建强战斗堡垒 。\n强化保障功能。');
    expect(title).toBe('抓实基层基础，建强战斗堡垒');
    expect(heading.titleEnd).toBe('（三）抓实基层基础，建强战斗堡垒'.length);
  });

  it('the space after 1. is neither marker nor title', () => {
    const { section, heading } = firstHeading('1. 深化政治机关建设');
    expect(section.marker).toBe('1.');
    expect(heading.titleStart).toBe(3);
    expect(section.title).toBe('深化政治机关建设');
  });

  it('a line heading that is a whole sentence keeps it as its title (001: 8.)', () => {
    const line = '8. 严格落实意识形态工作责任制，落实主管主办责任，加强对局属报刊、图书、网站等意识形态阵地的管理，严把政治方向关。';
    const { title, runIn } = firstHeading(line);
    expect(title).toBe('严格落实意识形态工作责任制，落实主管主办责任，加强对局属报刊、图书、网站等意识形态阵地的管理，严把政治方向关');
    expect(runIn).toBe(false);
  });
});

describe('run-in headings: the title stops at the first 。；：', () => {
  it.each([
    ['。', '（一）强化政治建设，把牢发展方向。一是强化政治理论学习。', '强化政治建设，把牢发展方向'],
    ['；', '（二）抓服务；开展志愿服务8次。', '抓服务'],
    ['：', '（三）抓好三项工作：组织集中学习12次。', '抓好三项工作'],
    ['half-width ;', '（四）抓作风;开展廉政谈话6次。', '抓作风'],
    ['half-width :', '（五）抓创新:开展“党建+”活动。', '抓创新'],
  ])('cut at %s', (_stop, line, title) => {
    const { title: got, runIn, heading } = firstHeading(line);
    expect(got).toBe(title);
    expect(runIn).toBe(true);
    // The heading ends just after the punctuation that closed the title.
    expect(heading.position.end.offset).toBe(heading.titleEnd + 1);
  });

  it('the body after the run-in title is the section’s text', () => {
    const { body } = firstHeading('（二）坚持民主集中制。年初至今召开党委会3次，不断规范党委会议题规则。');
    expect(body).toEqual(['年初至今召开党委会3次，不断规范党委会议题规则。']);
  });

  it('item titles stop at the first 。 even when the item goes on', () => {
    const { tree } = parse('（一）抓学习。一是抓好中心组学习。全年组织集中学习12次。二是抓好青年理论学习；举办读书分享会3期。');
    expect(outline(tree)).toEqual(['（一）|抓学习', '  一是|抓好中心组学习', '  二是|抓好青年理论学习']);
    const [, first, second] = allSections(tree);
    expect(ownSentences(first!)).toEqual(['全年组织集中学习12次。']);
    expect(ownSentences(second!)).toEqual(['举办读书分享会3期。']);
  });

  it('an item with no short lead keeps a sentence-long title (002 style)', () => {
    const { tree } = parse(
      '（一）认真部署党建工作。一是定期召开党建工作专题会议，传达学习上级对于党建工作的指示和要求，研究推进党建重点工作。二是各支部制定党建工作计划。',
    );
    expect(allSections(tree)[1]!.title).toBe('定期召开党建工作专题会议，传达学习上级对于党建工作的指示和要求，研究推进党建重点工作');
  });

  it('an item that runs into the next after a comma loses the comma from its title', () => {
    const { tree } = parse('（一）抓学习。一是学理论，二是学党史。');
    expect(outline(tree)).toEqual(['（一）|抓学习', '  一是|学理论', '  二是|学党史']);
  });

  it('the title never holds the marker', () => {
    for (const name of ['summary-plan.txt', 'plan-document.txt', 'half-year.txt', 'numbering-problems.txt']) {
      for (const s of allSections(parse(readFixture(name)).tree)) {
        if (s.ordinal === null) continue; // a plan cue is marker and title at once
        expect(s.title.startsWith(s.marker), `${name}: ${s.marker}${s.title}`).toBe(false);
        expect(s.title).not.toMatch(/^[\s\u3000\u00a0]|[\s\u3000\u00a0。；;：:]$/);
      }
    }
  });
});
