/**
 * Excel workbooks (exceljs): one sheet per table, the header row frozen and filtered, columns sized
 * to their contents (CJK characters counted twice), numbers stored as numbers. What `compare`,
 * `trend` and `batch --tables` write with `--format xlsx`.
 */
import ExcelJS from 'exceljs';
import { STATUS_LABEL } from './compare-labels.js';
import type { ComparisonJson, TrendJson } from './schema.js';

export type Cell = string | number | boolean | null;

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
}

/** Display width: a CJK character takes two columns. */
const width = (value: Cell) => [...String(value ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

export async function sheetsToXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'baogao';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === null ? '' : v)));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.header.length) } };
    sheet.header.forEach((h, i) => {
      // Wide enough for the longest value, within reason; long text wraps.
      const longest = Math.max(width(h), ...sheet.rows.map((r) => width(r[i] ?? '')));
      ws.getColumn(i + 1).width = Math.min(60, Math.max(6, longest + 2));
      if (longest > 60) ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function comparisonSheets(c: ComparisonJson): Sheet[] {
  return [
    {
      name: '计划事项',
      header: ['序号', '序号标记', '计划事项', '完成情况', '得分', '佐证材料', '佐证位置'],
      rows: c.items.map((item, i) => [
        i + 1,
        item.planItem.marker,
        item.planItem.title,
        STATUS_LABEL[item.status],
        Math.round(item.score * 1000) / 1000,
        item.evidence.map((e) => `“${e.text}”`).join('\n'),
        item.evidence.map((e) => `${e.start}–${e.end}`).join(' '),
      ]),
    },
    {
      name: '主要指标',
      header: ['指标', '目标', '目标值', '目标上限', '单位', '实际', '实际值', '是否完成'],
      rows: c.targets.map((t) => [
        t.indicator ?? t.object ?? t.text,
        t.value === null ? t.text : t.quantity,
        t.value,
        t.valueMax,
        t.unit,
        t.actual?.quantity ?? '未见数据',
        t.actual?.value ?? null,
        t.met === null ? null : t.met ? '是' : '否',
      ]),
    },
  ];
}

export function trendSheets(t: TrendJson): Sheet[] {
  return [
    {
      name: '指标序列',
      header: ['指标', '动作', '对象', '期间', '单位', '年份', '文件', '数值', '变化', '原文'],
      rows: t.metrics.flatMap((m) =>
        m.points.flatMap((p, i) => (p.given ? [[m.indicator ?? '', m.action ?? '', m.object, m.period, m.unit, p.year, p.file ?? '', p.value, m.deltas[i] ?? null, p.quantities.map((q) => q.quantity).join(' ')]] : [])),
      ),
    },
    {
      name: '提法与关键词',
      header: ['词语', '类别', '变化', ...t.documents.map((d) => `${d.year ?? '?'} ${d.file ?? ''}`.trim())],
      rows: t.terms.map((x) => [x.term, x.category ?? '关键词', x.change, ...x.counts]),
    },
    {
      name: '沿用语句',
      header: ['相似度', '前一份', '位置', '后一份', '位置'],
      rows: t.carriedOver.map((c) => [Math.round(c.similarity * 100) / 100, c.from.text, `${c.from.start}–${c.from.end}`, c.to.text, `${c.to.start}–${c.to.end}`]),
    },
  ];
}
