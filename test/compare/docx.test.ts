/**
 * The Word 对照表 (`compare --format docx`), read back through mammoth: its two tables hold one row
 * per plan item and per target, with the JSON's words, for the national example and two corpus pairs.
 */
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { comparisonToDocx } from '../../src/output/compare-docx.js';
import { STATUS_LABEL } from '../../src/output/compare-labels.js';
import { load, PAIRS, segmenter } from './pairs.js';


/** Each table of the document's HTML as rows of cell texts. */
async function tablesOf(docx: Buffer): Promise<string[][][]> {
  const { value } = await mammoth.convertToHtml({ buffer: docx });
  const tree = unified().use(rehypeParse, { fragment: true }).parse(value) as Root;
  const tables: string[][][] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'table') {
        const rows: string[][] = [];
        const collect = (n: Element) => {
          for (const c of n.children) if (c.type === 'element') (c.tagName === 'tr' ? rows.push(c.children.filter((d): d is Element => d.type === 'element').map((d) => toText(d).trim())) : collect(c));
        };
        collect(child);
        tables.push(rows);
      } else walk(child);
    }
  };
  walk(tree);
  return tables;
}


describe.each(PAIRS)('compare --format docx: %s', (_name, plan, report) => {
  const result = compare(load(plan), load(report), segmenter);

  it('has the 对照表 title and one row per plan item, with the JSON’s words', async () => {
    const docx = await comparisonToDocx(result);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    expect(text).toContain('工作计划完成情况对照表');
    const [items, targets] = await tablesOf(docx);
    expect(items![0]).toEqual(['序号', '计划事项', '完成情况', '佐证材料', '得分']);
    expect(items!.slice(1)).toHaveLength(result.items.length);
    result.items.forEach((item, i) => {
      const row = items![i + 1]!;
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(`${item.planItem.marker}${item.planItem.title}`);
      expect(row[2]).toBe(STATUS_LABEL[item.status]);
      for (const e of item.evidence) expect(row[3]).toContain(e.text);
    });
    if (result.targets.length) {
      expect(targets![0]).toEqual(['指标', '目标', '实际', '是否完成']);
      expect(targets!.slice(1).map((r) => r[3])).toEqual(result.targets.map((t) => (t.met === null ? '—' : t.met ? '是' : '否')));
    } else expect(targets).toBeUndefined();
  });
});
