import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUnitLexicon, loadUnits } from '../../src/metrics/units.js';
import { DictionaryError } from '../../src/segment/segmenter.js';
import { parseQuantity } from '../../src/metrics/numbers.js';

describe('units lexicon', () => {
  const units = loadUnits();

  it.each(['次', '人次', '名', '个', '期', '场次', '场', '轮次', '件', '项', '条', '篇', '户', '人', '支', '批', '元', '万元', '亿元', '%', '万人', '万亿斤', '个百分点'])(
    'knows %s',
    (u) => expect(units.units.has(u)).toBe(true),
  );

  it('matches the longest unit', () => {
    expect(units.match('人次。', 0)?.unit).toBe('人次');
    expect(units.match('场次', 0)?.unit).toBe('场次');
    expect(units.match('个百分点', 0)?.unit).toBe('个百分点');
  });

  it('puts a multiplier into the unit and takes out a qualifier inside it', () => {
    expect(units.match('万余元', 0)).toEqual({ unit: '万元', end: 3, approx: '余' });
    expect(units.match('亿斤', 0)?.unit).toBe('亿斤');
  });

  it('reads extra unit files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'units-'));
    const file = join(dir, 'extra.utf8');
    writeFileSync(file, '# comment\n\ufeff羽\n尾 extra column ignored\n');
    const extended = loadUnits([file]);
    expect(extended.units.has('羽')).toBe(true);
    expect(extended.units.has('尾')).toBe(true);
    expect(parseQuantity('救助候鸟30羽', extended)?.unit).toBe('羽');
    expect(parseQuantity('救助候鸟30羽')).toBeNull(); // the default lexicon is unchanged
  });

  it('throws a catchable error naming a missing file', () => {
    expect(() => loadUnits(['/no/such/units.utf8'])).toThrow(DictionaryError);
    try {
      loadUnits(['/no/such/units.utf8']);
    } catch (e) {
      expect((e as DictionaryError).file).toBe('/no/such/units.utf8');
    }
  });

  it('can be built from a word list', () => {
    const small = createUnitLexicon(['次']);
    expect(parseQuantity('3次', small)?.unit).toBe('次');
    expect(parseQuantity('3名', small)).toBeNull();
  });
});
