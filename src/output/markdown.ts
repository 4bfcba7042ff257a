/**
 * Markdown through unified: reports are built as mdast trees and serialised by remark-stringify
 * with GFM tables, so escaping and table layout are remark's job, not string concatenation.
 */
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
export const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
export const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });

type Cell = string | PhrasingContent[];
const cell = (c: Cell): TableCell => ({ type: 'tableCell', children: typeof c === 'string' ? [text(c)] : c });

export function table(header: string[], rows: Cell[][], align?: Array<'left' | 'right' | 'center' | null>): Table {
  return {
    type: 'table',
    align: align ?? header.map(() => null),
    children: [header, ...rows].map((r) => ({ type: 'tableRow', children: r.map(cell) })),
  };
}

/** A line break inside a table cell (GFM cells cannot hold a hard break; renderers accept <br>). */
export const br = (): PhrasingContent => ({ type: 'html', value: '<br>' });

export function toMarkdown(children: RootContent[]): string {
  const tree: Root = { type: 'root', children };
  return unified().use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true }).stringify(tree) as string;
}
