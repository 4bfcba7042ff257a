/**
 * The unnumbered closing plan part (annotation guide §1): `下一步，我们将…` at the end of a report
 * is a level-1 section whose marker and title are the cue words before the first punctuation
 * mark, starting at the cue. A `下一步将…` sentence inside a section is not.
 */
import { describe, expect, it } from 'vitest';
import { allSections, headingOf, outline, ownSentences, parse, readFixture } from './helpers.js';

describe('a closing 下一步 part becomes a level-1 section', () => {
  const text = readFixture('half-year.txt');
  const { tree } = parse(text);
  const cue = tree.children.find((c) => c.type === 'section' && c.marker === '下一步');

  it('is a top-level section with marker and title 下一步 and no ordinal', () => {
    expect(cue).toMatchObject({ type: 'section', level: 1, marker: '下一步', title: '下一步', ordinal: null });
  });

  it('starts at the cue; its heading is the cue and the comma after it', () => {
    const start = text.indexOf('下一步，我们将');
    expect(cue!.position.start.offset).toBe(start);
    const heading = headingOf(cue as never);
    expect(heading.titleStart).toBe(start);
    expect(heading.titleEnd).toBe(start + 3);
    expect(text.slice(heading.position.start.offset!, heading.position.end.offset!)).toBe('下一步，');
  });

  it('holds the rest of its opening line and the 一是 items that follow', () => {
    expect(ownSentences(cue as never)).toEqual(['我们将坚持以党的政治建设为统领，持续推动全面从严治党向纵深发展。']);
    expect(outline(cue as never)).toEqual(['一是|进一步压实责任', '二是|进一步强化学习', '三是|进一步转变作风']);
    expect(cue!.position.end.offset).toBe(text.trimEnd().length);
  });

  it('closes the numbered section before it', () => {
    expect(outline(tree).filter((l) => !l.startsWith(' '))).toEqual(['一、|压实管党治党责任', '二、|加强支部建设', '下一步|下一步']);
  });

  it('a 下一步将… sentence inside a paragraph of 二、 stays a sentence there', () => {
    const second = allSections(tree).find((s) => s.marker === '（二）' && s.title === '抓好党员教育')!;
    expect(ownSentences(second)).toEqual(['组织党员集中学习6次，党组成员讲党课4次。', '下一步将继续丰富学习形式，用好线上学习平台。']);
  });
});

describe('other closing cues', () => {
  it('今后，… is a cue as well', () => {
    const { tree } = parse('一、主要工作\n（一）抓学习。组织学习10次。\n今后，我们将进一步加强学习。\n一是强化理论武装。');
    expect(outline(tree)).toEqual(['一、|主要工作', '  （一）|抓学习', '今后|今后', '  一是|强化理论武装']);
  });

  it('an indented cue starts at its first word, not at the indentation', () => {
    const text = '一、主要工作\n组织学习10次。\n\u3000\u3000下一步，我们将持续用力。';
    const { tree } = parse(text);
    const cue = tree.children[1]!;
    expect(cue).toMatchObject({ type: 'section', marker: '下一步' });
    expect(cue.position.start.offset).toBe(text.indexOf('下一步'));
  });

  it('a cue closing a problems part (000 style) still opens the plan part', () => {
    const { tree } = parse('一、主要工作\n组织学习10次。\n二、存在的问题\n一是学习不深。\n下一步，我们将补齐短板。\n一是深化学习。');
    expect(outline(tree)).toEqual(['一、|主要工作', '二、|存在的问题', '  一是|学习不深', '下一步|下一步', '  一是|深化学习']);
  });

  it('is not taken inside a numbered plan part that already names itself', () => {
    const { tree } = parse('一、主要工作\n组织学习10次。\n二、下一步工作计划\n下一步，我们将持续用力。\n一是深化学习。');
    expect(outline(tree)).toEqual(['一、|主要工作', '二、|下一步工作计划', '  一是|深化学习']);
  });

  it('a line starting 下一步 before the last numbered heading is no cue', () => {
    const { tree } = parse('一、主要工作\n下一步，我们将持续用力。\n二、存在的问题\n一是学习不深。');
    expect(outline(tree)).toEqual(['一、|主要工作', '二、|存在的问题', '  一是|学习不深']);
  });
});
