/**
 * The Chinese words of a comparison as an office writes them, shared by the Word table, the workbook
 * and the page: statuses, the title, the summary line, a target's row.
 */
import { basename } from 'node:path';
import type { ComparisonJson } from './schema.js';

export const STATUS_LABEL: Record<ComparisonJson['items'][number]['status'], string> = {
  done: '已完成',
  partial: '部分完成',
  'not-found': '未见反映',
};

/** `gov-2023.txt（2022年）`: a report by its file name and year of work. */
export const reportName = (d: { file: string | null; year: number | null }) => `${d.file ? basename(d.file) : '（未命名）'}${d.year ? `（${d.year}年）` : ''}`;

/** `2022年工作计划完成情况对照表`, by the plan's year. */
export const comparisonTitle = (c: ComparisonJson) => {
  const year = c.plan.year ?? c.report.year;
  return `${year ? `${year}年` : ''}工作计划完成情况对照表`;
};

/** `计划事项4项：已完成2项，部分完成0项，未见反映2项；完成率50%`. */
export const comparisonSummary = (c: ComparisonJson) =>
  `计划事项${c.items.length}项：已完成${c.counts.done}项，部分完成${c.counts.partial}项，未见反映${c.counts.notFound}项；完成率${c.completionRate === null ? '—' : `${Math.round(c.completionRate * 100)}%`}`;

/** The target as written: its quantity with its qualifier (`5.5%左右`), or the clause when it has no number. */
export const targetText = (t: ComparisonJson['targets'][number]) => (t.value === null ? t.text : `${t.quantity}${t.approx && !t.quantity.endsWith(t.approx) ? t.approx : ''}`);

/** 指标 / 目标 / 实际 / 是否完成 of one target. */
export const targetRow = (t: ComparisonJson['targets'][number]): [string, string, string, string] => [
  t.indicator ?? t.object ?? t.text,
  targetText(t),
  t.actual?.quantity ?? '未见数据',
  t.met === null ? '—' : t.met ? '是' : '否',
];
