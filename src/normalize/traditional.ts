/**
 * Traditional characters, read as simplified. jieba's dictionaries, the political terms and the
 * units are all simplified, so a report in traditional script is converted before analysis
 * (opencc-js, the JavaScript port of OpenCC, Taiwan/Hong Kong forms to mainland ones). Facts
 * still quote the characters as written: conversion is one character for one, offsets do not move.
 */
import { createRequire } from 'node:module';
import { TRADITIONAL_CHARS } from './traditional-chars.js';

/** 1 at (code − 0x3400) for each marker character: a table lookup per character. */
const MARKERS = new Uint8Array(0x9fff - 0x3400 + 1);
for (const c of TRADITIONAL_CHARS) MARKERS[c.charCodeAt(0) - 0x3400] = 1;

/**
 * True when the text is in traditional script: several of the traditional-only characters that
 * simplified text never uses, and enough of them among its Chinese characters that a quoted name
 * in a simplified report does not count.
 */
export function isTraditional(text: string): boolean {
  let cjk = 0;
  let traditional = 0;
  // The opening is enough to tell the script of a report.
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    cjk++;
    traditional += MARKERS[code - 0x3400]!;
  }
  return traditional >= 3 && traditional >= cjk * 0.02;
}

const SAMPLE = 20000;

type Convert = (text: string) => string;
let converter: Convert | undefined;

/** The converter, loaded on the first traditional report (a simplified archive never loads it). */
function convert(): Convert {
  if (!converter) {
    // The UMD build loads synchronously, so analysis stays a synchronous call.
    const require = createRequire(import.meta.url);
    const OpenCC = require('opencc-js/t2cn') as { Converter(options: { from: string; to: string }): Convert };
    // Taiwan's character variants (裡, 臺) are folded too; phrase rewrites (軟體 → 软件) are not: they change words.
    converter = OpenCC.Converter({ from: 'tw', to: 'cn' });
  }
  return converter;
}

/**
 * The text in simplified characters, the same length as the input. OpenCC converts by phrase; a
 * line whose conversion changes its length (a rare phrase of another length) is converted
 * character by character instead, so that every offset still holds.
 */
export function toSimplified(text: string): { text: string; changed: number } {
  const t2s = convert();
  const lines = text.split('\n');
  const out = lines.map((line) => {
    const converted = t2s(line);
    return converted.length === line.length ? converted : [...line].map((c) => (t2s(c).length === c.length ? t2s(c) : c)).join('');
  });
  const result = out.join('\n');
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== result[i]) changed++;
  return { text: result, changed };
}
