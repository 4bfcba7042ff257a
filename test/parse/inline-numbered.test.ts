import { describe, expect, it } from 'vitest';
import { outline, parse } from './helpers.js';

describe('numbered tasks run into a paragraph', () => {
  it('open level-3 sections after a run-in title and after each full stop', () => {
    const text = '一、主要工作\n（二）夯实基层基础。1.规范组织设置。年内完成5个支部换届。2.严格组织生活。召开支委会96次。\n（三）推进清廉建设。';
    const { tree } = parse(text);
    expect(outline(tree)).toEqual([
      '一、|主要工作',
      '  （二）|夯实基层基础',
      '    1.|规范组织设置',
      '    2.|严格组织生活',
      '  （三）|推进清廉建设',
    ]);
  });

  it('items inside a run-in task nest under it', () => {
    const text = '（一）抓学习。1.抓理论。一是读原著。二是学原文。2.抓实践。';
    expect(outline(parse(text).tree)).toEqual([
      '（一）|抓学习',
      '  1.|抓理论',
      '    一是|读原著',
      '    二是|学原文',
      '  2.|抓实践',
    ]);
  });

  it.each([
    ['a decimal', '（一）抓发展。2.4万亿元的投资落地。'],
    ['a list of months', '（一）抓落实。3、4月份开展督查。'],
    ['a stray number that starts no list', '（一）抓落实。2.严格组织生活。'],
    ['a number inside a sentence', '（一）抓落实，完成1.5项任务。'],
  ])('leaves %s alone', (_, text) => {
    expect(outline(parse(text).tree)).toEqual([`（一）|${text.slice(3, text.indexOf('。'))}`]);
  });
});
