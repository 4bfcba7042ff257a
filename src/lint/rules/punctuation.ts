/**
 * punctuation: a doubled mark (`。。`, `，，`), a quote or bracket left open or closed twice within a
 * line (`“…`, `（…`, `《…`), and an ASCII comma, semicolon or colon between Chinese characters. Line by
 * line, since a Chinese quote or bracket does not run across paragraphs in these reports.
 */
import type { VFile } from 'vfile';
import type { Root } from '../../tree/types.js';
import { report } from '../message.js';

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

export default function punctuation() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    for (const m of text.matchAll(DOUBLED)) {
      report(file, 'punctuation', { start: m.index, end: m.index + m[0].length, reason: `标点重复（doubled punctuation）：“${m[0]}”`, expected: [m[1]!] });
    }
    for (const m of text.matchAll(ASCII_MARK)) {
      report(file, 'punctuation', { start: m.index, end: m.index + 1, reason: `中文中使用了半角标点（half-width punctuation in Chinese text）：“${m[0]}”`, expected: [FULL[m[0]]!] });
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
