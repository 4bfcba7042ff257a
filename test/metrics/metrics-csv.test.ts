import { describe, expect, it } from 'vitest';
import { metricsToCsv, METRICS_CSV_COLUMNS } from '../../src/output/metrics-csv.js';
import type { Metric } from '../../src/metrics/extract.js';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const metric = (over: Partial<Metric>): Metric => ({
  quantity: '3次',
  start: 10,
  end: 12,
  value: 3,
  valueMax: null,
  unit: '次',
  approx: null,
  masked: false,
  action: '召开',
  object: '党委会',
  sentence: { start: 0, end: 14 },
  section: ['2021年主要工作', '强化政治建设，把牢发展方向'],
  ...over,
});

describe('metricsToCsv', () => {
  it('writes a header and one row per metric that read back unchanged', () => {
    const text = '年初至今召开党委会3次，“不断”规范,\r\n议题"规则"。\n换行';
    const rows = [
      { file: 'a,b "c".txt', metric: metric({ sentence: { start: 0, end: text.length } }), text },
      {
        file: 'plain.txt',
        metric: metric({ quantity: 'xx余万元', value: null, unit: '万元', approx: '余', masked: true, action: null, object: '农副产品,“定点”', section: [] }),
      },
      { file: 'r.txt', metric: metric({ quantity: '6%—6.5%', value: 6, valueMax: 6.5, unit: '%', object: 'a\rb' }) },
    ];
    const back = readCsv(metricsToCsv(rows));
    expect(back[0]).toEqual([...METRICS_CSV_COLUMNS]);
    expect(back).toHaveLength(4);
    expect(back[1]).toEqual(['a,b "c".txt', '2021年主要工作 > 强化政治建设，把牢发展方向', '召开', '党委会', '3', '', '次', '', 'false', '3次', '10', '12', text]);
    expect(back[2]).toEqual(['plain.txt', '', '', '农副产品,“定点”', '', '', '万元', '余', 'true', 'xx余万元', '10', '12', '']);
    expect(back[3]![3]).toBe('a\rb');
    expect(back[3]!.slice(4, 7)).toEqual(['6', '6.5', '%']);
  });

  it('can start with a BOM', () => {
    expect(metricsToCsv([], { bom: true }).startsWith('\ufefffile,section')).toBe(true);
    expect(metricsToCsv([]).startsWith('file,section')).toBe(true);
  });
});
