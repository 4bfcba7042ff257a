/**
 * Traditional script: a report written in it is read as simplified, character for character (so
 * offsets hold); a simplified report that quotes a traditional name is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { isTraditional, toSimplified } from '../../src/normalize/traditional.js';
import { normalize } from '../../src/normalize/index.js';
import { REPORT, traditional } from './helpers.js';

const PARAGRAPH =
  '2022年，局党委坚持以习近平新时代中国特色社会主义思想为指导，全面落实新时代党的建设总要求，扎实推进机关党建各项工作。全年召开党委会12次，发展党员3名。';

describe('a traditional paragraph', () => {
  const written = traditional(PARAGRAPH);

  it('is written in traditional script (the test converts with opencc-js cn → tw)', () => {
    expect(written).not.toBe(PARAGRAPH);
    expect(written).toContain('黨委');
    expect(written).toContain('發展黨員');
  });

  it('is detected', () => {
    expect(isTraditional(written)).toBe(true);
  });

  it('is converted to simplified with the same length', () => {
    const { text, changed } = toSimplified(written);
    expect(text).toBe(PARAGRAPH);
    expect(text).toHaveLength(written.length);
    let differing = 0;
    for (let i = 0; i < written.length; i++) if (written[i] !== PARAGRAPH[i]) differing++;
    expect(changed).toBe(differing);
  });

  it('normalize() reads a whole traditional report as the simplified one, offsets unmoved', () => {
    const n = normalize(traditional(REPORT));
    expect(n.text).toBe(REPORT);
    expect(n.map.isIdentity).toBe(true);
    expect(n.notes.map((x) => x.ruleId)).toEqual(['traditional']);
    expect(n.notes[0]!.reason).toMatch(/^read \d+ traditional characters as simplified$/);
  });
});

describe('a simplified report quoting traditional characters', () => {
  // A Taiwan name as written there, inside a simplified report.
  const text = `${PARAGRAPH}接待“臺灣”交流团一批次，座谈交流2次。`;

  it('is not traditional', () => {
    expect(text).toContain('臺灣');
    expect(isTraditional(text)).toBe(false);
  });

  it('is not converted: normalize() leaves it as it is, without a note', () => {
    const n = normalize(text);
    expect(n.text).toBe(text);
    expect(n.notes).toEqual([]);
  });

  it('a short simplified text is not traditional either', () => {
    expect(isTraditional('发展党员3名')).toBe(false);
    expect(isTraditional('')).toBe(false);
  });
});
