/**
 * The document's title line: the line above the first heading that names the document, with
 * offsets into the text. Issuing bodies, addressees, dates and preamble sentences are not titles.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../../src/analyze.js';
import { createSegmenter } from '../../src/segment/segmenter.js';

const segmenter = createSegmenter();
const titleOf = (text: string) => {
  const { title } = analyze(text, { segmenter });
  if (title) expect(text.slice(title.start, title.end)).toBe(title.text);
  return title?.text ?? null;
};

describe('document title', () => {
  it('is the title line above the first heading, indentation left out', () => {
    expect(titleOf('　　县卫生健康局党组2023年度党建工作总结\n\n　　2023年，局党组坚持……现将有关情况总结如下。\n　　一、主要工作\n召开党组会12次。')).toBe(
      '县卫生健康局党组2023年度党建工作总结',
    );
  });

  it('passes over the issuing body, the date and the addressee', () => {
    const text = '中共某局委员会\n关于2023年度党风廉政建设工作情况的报告\n（2024年1月5日）\n市纪委：\n现将有关情况报告如下。\n一、工作开展情况\n召开会议3次。';
    expect(titleOf(text)).toBe('关于2023年度党风廉政建设工作情况的报告');
  });

  it('a 政府工作报告 keeps its short title, not the subtitle', () => {
    expect(titleOf('政府工作报告\n——2024年1月10日在某市第十七届人民代表大会第四次会议上\n各位代表：\n一、2023年工作回顾\n增长6.1%。')).toBe('政府工作报告');
  });

  it('is null when the report opens with its preamble or its first heading', () => {
    expect(titleOf('2021年，局党委坚持以习近平新时代中国特色社会主义思想为指导，现将工作总结如下：\n一、主要工作\n召开会议3次。')).toBeNull();
    expect(titleOf('一、主要工作\n召开会议3次。')).toBeNull();
  });

  it('is one line whatever ends the lines: CR alone too (property test counterexample)', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      expect(titleOf(['2020—2022年党建工作总结', '', ' 工作', '', '下一步，', ''].join(end))).toBe('2020—2022年党建工作总结');
    }
  });
});
