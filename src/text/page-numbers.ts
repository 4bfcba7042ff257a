/**
 * Page-number lines, as page furniture writes them: `— 3 —`, `- 3 -`, `第3页`, `第三页`,
 * `第 3 页 共 10 页`, `共10页 第3页`, `3/10`, `Page 3 of 10`. A bare `3` is told apart by whoever
 * knows more: the PDF reader by the line's place in the page's margin, the normaliser by a run of
 * bare numbers a page apart.
 */
const DASH = '[\\-\u2010-\u2015\u2212\uff0d~～\u00b7\u2022\u2500]';
const NUMERAL = '(?:\\d{1,4}|[一二三四五六七八九十百零〇]+)';
const PAGE_NUMBER_LINE = new RegExp(
  `^(?:${[
    `${DASH}+\\s*\\d{1,4}\\s*${DASH}+`,
    // `\s*(?:[,，/／]\s*)?`, not `\s*[,，/／]?\s*`: two spans of spaces side by side split a run of spaces every way.
    `${DASH}*\\s*第\\s*${NUMERAL}\\s*页(?:\\s*(?:[,，/／]\\s*)?共\\s*${NUMERAL}\\s*页)?\\s*${DASH}*`,
    `共\\s*${NUMERAL}\\s*页(?:\\s*(?:[,，/／]\\s*)?第\\s*${NUMERAL}\\s*页)?`,
    `\\d{1,4}\\s*[/／]\\s*\\d{1,4}`,
    `page\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?`,
  ].join('|')})$`,
  'i',
);
const BARE_NUMBER = /^\d{1,4}$/;

/** A line that can only be a page number (a bare number aside). */
export const isPageNumberLine = (line: string): boolean => PAGE_NUMBER_LINE.test(line.trim());

/** A line that is only a number: a page number where its place or its neighbours say so. */
export const isBareNumber = (line: string): boolean => BARE_NUMBER.test(line.trim());
