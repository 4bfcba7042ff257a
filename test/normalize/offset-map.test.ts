/**
 * OffsetMap and MappedTextBuilder: every offset of the normalised text maps back to the text as
 * read, and quotes are the source's own characters without the layout that was taken out.
 */
import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, OffsetMap } from '../../src/normalize/offset-map.js';
import { normalize } from '../../src/normalize/index.js';
import { wrapLikePdf, REPORT } from './helpers.js';

/** Builds a mapped text from `source` by a list of steps, as applyEdits does. */
function build(source: string, steps: Array<['copy' | 'skip', number] | ['insert', string]>) {
  const b = new MappedTextBuilder(source);
  for (const [op, arg] of steps) {
    if (op === 'copy') b.copyTo(arg as number);
    else if (op === 'skip') b.skipTo(arg as number);
    else b.insert(arg as string);
  }
  return b.finish();
}

describe('identity', () => {
  const map = OffsetMap.identity(5);

  it('maps every offset to itself and quotes the plain slice', () => {
    expect(map.isIdentity).toBe(true);
    expect(map.sourceLength).toBe(5);
    for (let i = 0; i <= 5; i++) {
      expect(map.start(i)).toBe(i);
      expect(map.end(i)).toBe(i);
    }
    expect(map.span(1, 4)).toEqual({ start: 1, end: 4 });
    expect(map.span(3, 3)).toEqual({ start: 3, end: 3 });
    expect(map.quote('召开党委会', 2, 5)).toBe('党委会');
  });

  it('a builder that copies everything is not the identity object, but maps like one', () => {
    const { text, map: built } = build('召开党委会12次', []);
    expect(text).toBe('召开党委会12次');
    expect(built.isIdentity).toBe(false);
    for (let i = 0; i <= text.length; i++) {
      expect(built.start(i)).toBe(i);
      expect(built.end(i)).toBe(i);
    }
    expect(built.quote(text, 0, text.length)).toBe(text);
  });
});

describe('deletions', () => {
  // `召开党委\n会12次`: the wrap between 委 and 会 is deleted.
  const source = '召开党委\n会12次';
  const { text, map } = build(source, [['copy', 4], ['skip', 5]]);

  it('shifts the offsets after the deletion', () => {
    expect(text).toBe('召开党委会12次');
    expect(map.start(3)).toBe(3); // 委
    expect(map.start(4)).toBe(5); // 会, after the deleted break
    expect(map.end(4)).toBe(4); // the end after 委 is before the break
    expect(map.end(5)).toBe(6); // the end after 会
  });

  it('a span across the deletion covers it in the source', () => {
    // 党委会 → 党委\n会
    expect(map.span(2, 5)).toEqual({ start: 2, end: 6 });
    expect(source.slice(2, 6)).toBe('党委\n会');
    // 12次 sits one character later in the source
    const s = map.span(5, 8);
    expect(source.slice(s.start, s.end)).toBe('12次');
  });

  it('quote skips the deleted layout', () => {
    expect(map.quote(source, 2, 5)).toBe('党委会');
    expect(map.quote(source, 0, text.length)).toBe('召开党委会12次');
  });

  it('a deletion at the end of the text: spans at the end map to the source end', () => {
    // trailing `\n— 1 —` dropped
    const src = '发展党员3名\n— 1 —';
    const r = build(src, [['copy', 6], ['skip', src.length]]);
    expect(r.text).toBe('发展党员3名');
    expect(r.map.end(6)).toBe(6); // just after 名
    expect(r.map.start(6)).toBe(src.length); // the text's end is the source's end
    expect(r.map.span(6, 6)).toEqual({ start: src.length, end: src.length });
    expect(r.map.span(4, 6)).toEqual({ start: 4, end: 6 });
  });
});

describe('insertions', () => {
  // `效能。 一、强化` → `效能。\n一、强化`: the space before a run-in heading becomes a line break.
  const source = '效能。 一、强化';
  const { text, map } = build(source, [['copy', 3], ['skip', 4], ['insert', '\n']]);

  it('an inserted character points at the source character after it', () => {
    expect(text).toBe('效能。\n一、强化');
    expect(map.start(3)).toBe(4); // the inserted \n → 一
    expect(map.start(4)).toBe(4); // 一 itself
  });

  it('a span ending on an inserted character ends before the source character after it', () => {
    // `效能。\n` → `效能。 ` in the source (the replaced space is layout): never on into 一
    expect(map.span(0, 4)).toEqual({ start: 0, end: 4 });
    expect(source.slice(0, 4)).toBe('效能。 ');
    // a span of the inserted break alone is empty
    expect(map.span(3, 4)).toEqual({ start: 4, end: 4 });
  });

  it('quote leaves the inserted break out and keeps the source characters', () => {
    expect(map.quote(source, 0, text.length)).toBe('效能。一、强化');
    expect(map.quote(source, 3, 4)).toBe('');
  });

  it('an insertion at the end of the text maps to the source end', () => {
    const r = build('一、强化', [['copy', 4], ['insert', '\n']]);
    expect(r.text).toBe('一、强化\n');
    expect(r.map.start(4)).toBe(4);
    expect(r.map.span(0, 5)).toEqual({ start: 0, end: 4 });
  });

  it('grows past its first buffer: many inserted characters', () => {
    const inserted = '\n'.repeat(40);
    const r = build('ab', [['copy', 1], ['insert', inserted]]);
    expect(r.text).toBe(`a${inserted}b`);
    expect(r.map.start(0)).toBe(0);
    expect(r.map.start(20)).toBe(1);
    expect(r.map.start(41)).toBe(1); // b
    expect(r.map.end(42)).toBe(2);
    expect(r.map.quote('ab', 0, r.text.length)).toBe('ab');
  });
});

describe('empty spans', () => {
  const source = '一、强化\n\n二、夯实';
  // the blank line deleted
  const { map } = build(source, [['copy', 5], ['skip', 6]]);

  it('stay empty, at the start offset of where they are', () => {
    expect(map.span(0, 0)).toEqual({ start: 0, end: 0 });
    expect(map.span(5, 5)).toEqual({ start: 6, end: 6 });
    // an inverted span is empty too
    expect(map.span(7, 5)).toEqual({ start: map.start(7), end: map.start(7) });
    expect(map.end(0)).toBe(map.start(0));
  });
});

describe('quote returns source characters', () => {
  it('full-width digits as written, though the analysers read ASCII', () => {
    // characters are folded one for one, then the stray space is deleted
    const source = '召开党委会 １２ 次';
    const folded = '召开党委会 12 次';
    const { text, map } = build(folded, [['copy', 5], ['skip', 6], ['copy', 8], ['skip', 9]]);
    expect(text).toBe('召开党委会12次');
    expect(map.quote(source, 5, 8)).toBe('１２次');
    const s = map.span(5, 8);
    expect(source.slice(s.start, s.end)).toBe('１２ 次');
  });

  it('a wrapped paragraph is quoted without its line breaks and the page number between pages', () => {
    const source = '全年召开党委\n— 1 —\n会12次。';
    const { text, map } = normalizeLayout(source);
    expect(text).toBe('全年召开党委会12次。');
    expect(map.quote(source, 0, text.length)).toBe('全年召开党委会12次。');
  });
});

describe('over a whole normalised report', () => {
  it('every character that was not inserted maps to the same character in the source', () => {
    const source = wrapLikePdf(REPORT);
    const { text, map } = normalize(source);
    expect(map.isIdentity).toBe(false);
    let mapped = 0;
    for (let j = 0; j < text.length; j++) {
      const s = map.span(j, j + 1);
      if (s.end === s.start) continue; // an inserted character
      expect(source.slice(s.start, s.end)).toBe(text[j]);
      mapped++;
    }
    expect(mapped).toBe(text.length);
    // offsets only ever move forward
    for (let j = 1; j < text.length; j++) expect(map.start(j)).toBeGreaterThan(map.start(j - 1));
  });
});

/** Deletes the line breaks and the page number of a 3-line sample the way normalize() joins them. */
function normalizeLayout(source: string) {
  const wrap = source.indexOf('\n');
  const next = source.lastIndexOf('\n') + 1;
  return build(source, [['copy', wrap], ['skip', next]]);
}
