/**
 * A trend as one self-contained page: the reports in order, a small chart per metric series
 * (inline SVG, no script), the term changes and the carried-over sentences. Built as a hast tree.
 */
import { basename } from 'node:path';
import { h, s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { TrendJson } from './schema.js';

const STYLE = `
body { margin: 0 auto; max-width: 1100px; padding: 0 16px; font: 16px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", sans-serif; color: #1f2937; background: #fafaf9; }
h1 { text-align: center; font-size: 1.5rem; margin: 24px 0 4px; } .meta { text-align: center; color: #6b7280; margin: 0 0 16px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
figure { margin: 0; background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 10px; }
figcaption { font-size: .9rem; } figcaption small { color: #6b7280; }
svg text { font: 11px sans-serif; fill: #374151; }
table { width: 100%; border-collapse: collapse; background: #fff; margin: 8px 0 24px; }
th, td { border: 1px solid #d1d5db; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
`;

const W = 240;
const H = 110;
const PAD = { left: 8, right: 8, top: 18, bottom: 22 };

/** A line chart of a series: one point per report that gives the figure, its value above it. */
function chart(m: TrendJson['metrics'][number], labels: string[]): Element {
  const points = m.points.map((p, i) => ({ i, value: p.given && p.value !== null ? p.value : null })).filter((p): p is { i: number; value: number } => p.value !== null);
  const values = points.map((p) => p.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, lo + 1);
  const x = (i: number) => PAD.left + (m.points.length > 1 ? (i * (W - PAD.left - PAD.right)) / (m.points.length - 1) : (W - PAD.left - PAD.right) / 2);
  const y = (v: number) => PAD.top + ((hi - v) * (H - PAD.top - PAD.bottom)) / (hi - lo);
  const path = points.map((p, k) => `${k ? 'L' : 'M'}${x(p.i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return s('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', ariaLabel: `${m.object} ${m.unit}` }, [
    s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(lo), y2: y(lo), stroke: '#d1d5db' }),
    ...(points.length > 1 ? [s('path', { d: path, fill: 'none', stroke: '#2563eb', strokeWidth: 2 })] : []),
    ...points.flatMap((p) => [
      s('circle', { cx: x(p.i), cy: y(p.value), r: 3.5, fill: '#2563eb' }),
      s('text', { x: x(p.i), y: y(p.value) - 6, textAnchor: 'middle' }, String(p.value)),
    ]),
    ...m.points.map((_, i) => s('text', { x: x(i), y: H - 6, textAnchor: 'middle' }, labels[i] ?? '')),
  ]);
}

const PERIOD: Record<string, string> = { year: '', 'years-average': '（多年年均）', 'years-total': '（多年累计）', years: '（多年）' };

export function trendToHtml(t: TrendJson): string {
  const labels = t.documents.map((d, i) => (t.documents.filter((e) => e.year === d.year).length > 1 ? `${d.year ?? '?'}·${i + 1}` : String(d.year ?? '?')));
  const title = '历年报告对比';
  const tree = h('html', { lang: 'zh-CN' }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', STYLE)]),
    h('body', [
      h('h1', title),
      h('p.meta', t.documents.map((d, i) => `${labels[i]}：${d.file ? basename(d.file) : '（未命名）'}${d.samePeriodAsPrevious ? '（与上一份同年）' : ''}`).join('　')),
      h('h2', '指标序列'),
      t.metrics.length
        ? h(
            'div.charts',
            t.metrics.map((m) => h('figure', [h('figcaption', [`${m.object}${PERIOD[m.period] ?? ''} `, h('small', `${m.action ?? ''} ${m.unit}`)]), chart(m, labels)])),
          )
        : h('p', '没有可对比的指标。'),
      h('h2', '提法与关键词'),
      h('table', [
        h('thead', h('tr', ['词语', '类别', '变化', ...labels].map((c) => h('th', c)))),
        h('tbody', t.terms.map((x) => h('tr', [h('td', x.term), h('td', x.category ?? '关键词'), h('td', x.change), ...x.counts.map((n) => h('td', String(n)))]))),
      ]),
      h('h2', '沿用语句'),
      h('table', [
        h('thead', h('tr', ['相似度', '前一份', '后一份'].map((c) => h('th', c)))),
        h('tbody', t.carriedOver.map((c) => h('tr', [h('td', c.similarity.toFixed(2)), h('td', c.from.text), h('td', c.to.text)]))),
      ]),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}
