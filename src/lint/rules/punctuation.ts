/**
 * punctuation: a doubled mark (`。。`, `，，`), a quote or bracket left open or closed twice within a
 * line (`“…`, `（…`, `《…`), and an ASCII comma, semicolon or colon between Chinese characters. Line by
 * line, since a Chinese quote or bracket does not run across paragraphs in these reports; and a
 * heading number followed by the wrong mark (`一.` for `一、`, `1、.`). A text written with ASCII
 * marks throughout (as many as full-width ones) gets one finding for all of them: a conversion, not
 * thirty slips. ASCII marks inside a document's
 * title in `《》` are left alone: it is cited as issued.
 */
import type { VFile } from 'vfile';
import type { Root } from '../../tree/types.js';
import { report } from '../message.js';
import { inSpans, titleSpans } from '../quoted.js';

const DOUBLED = /([。，、；：！？])\1+/g;
const PAIRS: Array<[open: string, close: string, name: string]> = [
  ['“', '”', '引号'],
  ['（', '）', '括号'],
  ['《', '》', '书名号'],
  ['【', '】', '方括号'],
];
const CJK = '[\\u4e00-\\u9fff]';
const ASCII_MARK = new RegExp(`(?<=${CJK})[,;:](?=${CJK})`, 'g');
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：' };
/** A Chinese heading numeral followed by a full stop (`一.`, `二．`): it takes `、`. */
const NUMERAL_DOT = /(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]{1,3}([.．])(?![.．\d])/g;
/** A heading number followed by both marks (`1、.`, `2.、`). */
const BOTH_MARKS = /(?:^|\n)[ \t\u3000]*\d{1,3}([、][.．]|[.．]、)/g;

export default function punctuation() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    for (const m of text.matchAll(DOUBLED)) {
      report(file, 'punctuation', { start: m.index, end: m.index + m[0].length, reason: `标点重复（doubled punctuation）：“${m[0]}”`, expected: [m[1]!] });
    }
    const titles = titleSpans(text);
    const ascii = [...text.matchAll(ASCII_MARK)].filter((m) => !inSpans(titles, m.index, m.index + 1));
    const full = (text.match(/[，；：]/g) ?? []).length;
    if (ascii.length && ascii.length >= full) {
      // Written (or converted) with ASCII marks throughout: one finding for the text, not one per comma.
      const first = ascii[0]!;
      report(file, 'punctuation', { start: first.index, end: first.index + 1, reason: `全文使用半角标点（half-width punctuation throughout）：${ascii.length}处，应改为全角`, expected: [FULL[first[0]]!] });
    } else {
      for (const m of ascii) {
        report(file, 'punctuation', { start: m.index, end: m.index + 1, reason: `中文中使用了半角标点（half-width punctuation in Chinese text）：“${m[0]}”`, expected: [FULL[m[0]]!] });
      }
    }
    for (const [pattern, expected] of [[NUMERAL_DOT, ['、']], [BOTH_MARKS, ['、', '.']]] as const) {
      for (const m of text.matchAll(pattern)) {
        const start = m.index + m[0].length - m[1]!.length;
        report(file, 'punctuation', { start, end: start + m[1]!.length, reason: `序号后标点有误（a heading number followed by the wrong mark）：“${m[1]}”`, expected: [...expected] });
      }
    }
    let lineStart = 0;
    for (const line of text.split('\n')) {
      for (const [open, close, name] of PAIRS) unbalanced(file, line, lineStart, open, close, name);
      lineStart += line.length + 1;
    }
  };
}

/** The first mark of a pair that has no partner in its line: an opening never closed, or a closing never opened. */
function unbalanced(file: VFile, line: string, offset: number, open: string, close: string, name: string): void {
  const stack: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === open) stack.push(i);
    else if (line[i] === close) {
      if (stack.length) stack.pop();
      else return report(file, 'punctuation', { start: offset + i, end: offset + i + 1, reason: `${name}不成对（unbalanced ${close}）：缺少“${open}”` });
    }
  }
  if (stack.length) report(file, 'punctuation', { start: offset + stack[0]!, end: offset + stack[0]! + 1, reason: `${name}不成对（unbalanced ${open}）：缺少“${close}”` });
}
