/**
 * The Excel workbooks (`compare --format xlsx`, `trend --format xlsx`), read back through exceljs:
 * one sheet per table, header frozen and filtered, the JSON's rows, numbers stored as numbers.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { trend } from '../../src/compare/trend.js';
import { comparisonSheets, sheetsToXlsx, trendSheets } from '../../src/output/xlsx.js';
import { load, PAIRS, segmenter } from './pairs.js';


async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook;
}


describe.each(PAIRS)('compare --format xlsx: %s', (_name, plan, report) => {
  it('holds a sheet of plan items and one of targets, header frozen and filtered, numbers as numbers', async () => {
    const result = compare(load(plan), load(report), segmenter);
    const workbook = await read(await sheetsToXlsx(comparisonSheets(result)));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['计划事项', '主要指标']);
    const items = workbook.getWorksheet('计划事项')!;
    expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(items.autoFilter).toBeTruthy();
    expect(items.rowCount).toBe(result.items.length + 1);
    result.items.forEach((item, i) => {
      const row = items.getRow(i + 2);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(3).value).toBe(item.planItem.title);
      expect(typeof row.getCell(5).value).toBe('number');
    });
    const targets = workbook.getWorksheet('主要指标')!;
    expect(targets.rowCount).toBe(result.targets.length + 1);
    result.targets.forEach((t, i) => {
      const value = targets.getRow(i + 2).getCell(3).value;
      if (t.value === null) expect(value === null || value === '').toBe(true);
      else expect(value).toBe(t.value);
    });
  });
});

describe('trend --format xlsx', () => {
  it('holds the series, the terms and the carried-over sentences, values as numbers', async () => {
    const result = trend([load('test/fixtures/compare/gov-2022.txt'), load('test/fixtures/compare/gov-2023.txt')], segmenter);
    const workbook = await read(await sheetsToXlsx(trendSheets(result)));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['指标序列', '提法与关键词', '沿用语句']);
    const series = workbook.getWorksheet('指标序列')!;
    const given = result.metrics.flatMap((m) => m.points.filter((p) => p.given));
    expect(series.rowCount).toBe(given.length + 1);
    const gdp = [...Array(series.rowCount - 1).keys()].map((i) => series.getRow(i + 2)).filter((r) => r.getCell(1).value === '地区生产总值' && r.getCell(5).value === '%');
    expect(gdp.map((r) => [r.getCell(6).value, r.getCell(8).value])).toEqual([[2021, 8.1], [2022, 3]]);
  });
});
