/**
 * A comparison as the Word table offices write by hand each year: 工作计划完成情况对照表. 公文
 * conventions: the title in 黑体 二号 (22 pt, a stand-in for 方正小标宋, which is rarely installed),
 * body in 仿宋_GB2312 三号 (16 pt), tables in 仿宋 小四 (12 pt) with full borders and a 黑体 header
 * row; A4 with the margins of GB/T 9704. Made with `docx`, so it opens in Word, WPS and LibreOffice.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ITableCellOptions,
} from 'docx';
import { comparisonSummary, comparisonTitle, reportName, STATUS_LABEL, targetRow } from './compare-labels.js';
import type { ComparisonJson } from './schema.js';

const FANGSONG = { ascii: 'FangSong_GB2312', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong_GB2312' };
const HEITI = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };
/** Half-points, as Word counts them. */
const SIZE = { title: 44, body: 32, table: 24 };

const run = (text: string, options: { bold?: boolean; heiti?: boolean; size?: number } = {}) =>
  new TextRun({ text, bold: options.bold, font: options.heiti ? HEITI : FANGSONG, size: options.size ?? SIZE.body });

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function cell(text: string | string[], options: { header?: boolean; width?: number; center?: boolean } = {}): TableCell {
  const lines = Array.isArray(text) ? text : [text];
  const cellOptions: ITableCellOptions = {
    verticalAlign: VerticalAlign.CENTER,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    children: (lines.length ? lines : ['']).map(
      (t) => new Paragraph({ alignment: options.header || options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(t, { heiti: options.header, size: SIZE.table })] }),
    ),
  };
  return new TableCell(cellOptions);
}

function table(header: Array<[string, number]>, rows: Array<Array<string | string[]>>, centered: number[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: header.map(([h, w]) => cell(h, { header: true, width: w })) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, { width: header[i]![1], center: centered.includes(i) })) })),
    ],
  });
}

export function comparisonToDocxDocument(c: ComparisonJson): Document {
  const title = comparisonTitle(c);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(title, { heiti: true, size: SIZE.title })] }),
    new Paragraph({ children: [run(`计划：${reportName(c.plan)}`)] }),
    new Paragraph({ children: [run(`报告：${reportName(c.report)}`)] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [run(`${comparisonSummary(c)}。`)],
    }),
    ...c.warnings.map((w) => new Paragraph({ children: [run(`注意：${w.message}`)] })),
    new Paragraph({ spacing: { before: 120, after: 120 }, children: [run('一、计划事项完成情况', { heiti: true })] }),
    table(
      [['序号', 7], ['计划事项', 30], ['完成情况', 11], ['佐证材料', 44], ['得分', 8]],
      c.items.map((item, i) => [
        String(i + 1),
        `${item.planItem.marker}${item.planItem.title}`,
        STATUS_LABEL[item.status],
        item.evidence.length ? item.evidence.map((e) => `“${e.text}”`) : ['—'],
        item.score.toFixed(2),
      ]),
      [0, 2, 4],
    ),
  ];
  if (c.targets.length) {
    children.push(
      new Paragraph({ spacing: { before: 240, after: 120 }, children: [run('二、主要指标完成情况', { heiti: true })] }),
      table(
        [['指标', 30], ['目标', 25], ['实际', 25], ['是否完成', 20]],
        c.targets.map(targetRow),
        [3],
      ),
    );
  }
  return new Document({
    creator: 'baogao',
    title,
    styles: { default: { document: { run: { font: FANGSONG, size: SIZE.body } } } },
    sections: [
      {
        // A4, GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export function comparisonToDocx(c: ComparisonJson): Promise<Buffer> {
  return Packer.toBuffer(comparisonToDocxDocument(c));
}
