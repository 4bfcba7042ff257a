/**
 * A comparison as one self-contained web page (no network): the plan items beside the report text,
 * each piece of evidence highlighted where it stands in the report and linked from its item, then
 * the numeric targets. Built as a hast tree (hastscript) and serialised by hast-util-to-html, so
 * every piece of report text is escaped. Two columns on a desktop, one on a phone.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { comparisonSummary, comparisonTitle, reportName, STATUS_LABEL, targetRow } from './compare-labels.js';
import type { ComparisonJson } from './schema.js';

const STYLE = `
:root { --done: #fde68a; --partial: #bfdbfe; --ink: #1f2937; --muted: #6b7280; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.75 "Noto Serif CJK SC", "Source Han Serif SC", "FangSong", "STFangsong", serif; color: var(--ink); background: #fafaf9; }
header, main, section.targets { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
h1 { font: 600 1.5rem/1.4 "Noto Sans CJK SC", "SimHei", sans-serif; text-align: center; margin: 24px 0 8px; }
.meta { text-align: center; color: var(--muted); margin: 0 0 16px; }
main { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 24px; align-items: start; }
@media (max-width: 760px) { main { grid-template-columns: 1fr; } }
ol.items { margin: 0; padding: 0; list-style: none; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
ol.items li { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 12px; margin: 0 0 10px; }
.badge { display: inline-block; font-size: .8rem; padding: 0 8px; border-radius: 999px; margin-right: 6px; }
.badge.done { background: var(--done); } .badge.partial { background: var(--partial); } .badge.not-found { background: #e5e7eb; }
.evidence a { display: inline-block; margin: 2px 6px 0 0; font-size: .85rem; }
article.report { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 20px; }
article.report p { margin: .4em 0; white-space: pre-wrap; }
mark.done { background: var(--done); } mark.partial { background: var(--partial); }
mark:target, mark.hit { outline: 3px solid #f59e0b; }
table { width: 100%; border-collapse: collapse; background: #fff; margin: 8px 0 32px; }
th, td { border: 1px solid #d1d5db; padding: 6px 8px; text-align: left; }
th { background: #f3f4f6; font-family: "Noto Sans CJK SC", "SimHei", sans-serif; }
td.met-yes { color: #047857; } td.met-no { color: #b91c1c; }
`;

/** The anchor of the k-th evidence of item i. */
const anchor = (i: number, k: number) => `ev-${i + 1}-${k + 1}`;

/**
 * The report text as paragraphs, each evidence span wrapped in a <mark> with an anchor per item that
 * cites it. A span that overlaps one already marked is linked to that one instead.
 */
function reportText(c: ComparisonJson, source: string): { paragraphs: ElementContent[]; target: Map<string, string> } {
  const spans = new Map<string, { start: number; end: number; status: string; ids: string[] }>();
  const target = new Map<string, string>();
  c.items.forEach((item, i) =>
    item.evidence.forEach((e, k) => {
      const key = `${e.start}:${e.end}`;
      const span = spans.get(key) ?? { start: e.start, end: e.end, status: item.status, ids: [] };
      if (item.status === 'done') span.status = 'done';
      span.ids.push(anchor(i, k));
      spans.set(key, span);
    }),
  );
  const placed: Array<{ start: number; end: number; ids: string[]; status: string }> = [];
  for (const span of [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const over = placed.find((p) => span.start < p.end && p.start < span.end);
    if (over) for (const id of span.ids) target.set(id, over.ids[0]!);
    else placed.push(span);
  }
  for (const p of placed) for (const id of p.ids) target.set(id, p.ids[0]!);
  // Paragraphs are the lines of the report; a mark never crosses one (evidence is a sentence).
  const paragraphs: ElementContent[] = [];
  let lineStart = 0;
  let next = 0;
  for (const line of source.split('\n')) {
    const lineEnd = lineStart + line.length;
    const children: ElementContent[] = [];
    let at = lineStart;
    while (next < placed.length && placed[next]!.start < lineEnd) {
      const p = placed[next]!;
      const start = Math.max(p.start, at);
      const end = Math.min(p.end, lineEnd);
      if (start > at) children.push({ type: 'text', value: source.slice(at, start) });
      children.push(h('mark', { id: p.ids[0], className: [p.status], dataItems: p.ids.join(' ') }, source.slice(start, end)));
      at = end;
      if (p.end <= lineEnd) next++;
      else break;
    }
    if (at < lineEnd) children.push({ type: 'text', value: source.slice(at, lineEnd) });
    if (line.trim()) paragraphs.push(h('p', children));
    lineStart = lineEnd + 1;
  }
  return { paragraphs, target };
}

/** The page: `source` is the report's text as read (the evidence offsets index it). */
export function comparisonToHtml(c: ComparisonJson, source: string): string {
  const title = comparisonTitle(c);
  const { paragraphs, target } = reportText(c, source);
  const items = h(
    'ol.items',
    c.items.map((item, i) =>
      h('li', { id: `item-${i + 1}` }, [
        h('span', { className: ['badge', item.status] }, STATUS_LABEL[item.status]),
        h('strong', `${item.planItem.marker}${item.planItem.title}`),
        item.evidence.length
          ? h(
              'div.evidence',
              item.evidence.map((e, k) => h('a', { href: `#${target.get(anchor(i, k)) ?? anchor(i, k)}`, title: e.text }, `佐证${k + 1}`)),
            )
          : h('div.evidence', '未见反映'),
      ]),
    ),
  );
  const targets = c.targets.length
    ? h('section.targets', [
        h('h2', '主要指标完成情况'),
        h('table', [
          h('thead', h('tr', ['指标', '目标', '实际', '是否完成'].map((t) => h('th', t)))),
          h(
            'tbody',
            c.targets.map((t) => {
              const row = targetRow(t);
              return h('tr', [...row.slice(0, 3).map((v) => h('td', v)), h('td', { className: [t.met === null ? 'met-none' : t.met ? 'met-yes' : 'met-no'] }, row[3])]);
            }),
          ),
        ]),
      ])
    : null;
  const tree = h('html', { lang: 'zh-CN' }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', STYLE)]),
    h('body', [
      h('header', [
        h('h1', title),
        h('p.meta', `计划：${reportName(c.plan)}　报告：${reportName(c.report)}`),
        h('p.meta', comparisonSummary(c)),
        ...c.warnings.map((w) => h('p.meta', `注意：${w.message}`)),
      ]),
      h('main', [items, h('article.report', paragraphs)]),
      ...(targets ? [targets] : []),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}
