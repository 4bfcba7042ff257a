/**
 * .pdf, .html/.htm and .doc, read from fixtures made out of corpus/003 by
 * test/fixtures/formats/make-fixtures.py: the text read back, and the facts analysed from it,
 * must be those of the .txt each was made from.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analyze.js';
import { readReport, isReadError, type ReadErrorCode } from '../../src/io/index.js';
import { declaredCharset } from '../../src/io/html.js';
import type { ReportDocumentJson, SectionJson } from '../../src/output/schema.js';

const fixtures = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);
const source = (name: string) => readFileSync(fixture(name), 'utf8');
const TITLE = '某局党委2022年上半年党建工作报告';

const scratch = mkdtempSync(join(tmpdir(), 'baogao-formats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function scratchFile(name: string, data: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, data);
  return path;
}

async function expectReadError(path: string, code: ReadErrorCode) {
  const error = await readReport(path).then(
    () => expect.unreachable('expected a ReadError'),
    (e: unknown) => e,
  );
  if (!isReadError(error)) throw new Error(`not a ReadError: ${String(error)}`);
  expect(error.code).toBe(code);
  expect(error.file).toBe(path);
  expect(error.message.startsWith(`${path}: `)).toBe(true);
  return error;
}

function flatten(sections: SectionJson[]): SectionJson[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** What the analysis found, as sorted lists that do not depend on offsets. */
function facts(document: ReportDocumentJson) {
  return {
    headings: flatten(document.sections)
      .map((s) => `${s.level} ${s.marker} ${s.title}`)
      .sort(),
    metrics: document.metrics.map((m) => `${m.quantity} ${m.value} ${m.unit}`).sort(),
    plans: document.planItems.map((p) => p.title).sort(),
  };
}

/** Every quoted span of the document is the text it quotes, in the text as read. */
function expectQuotesHold(document: ReportDocumentJson, text: string) {
  for (const section of flatten(document.sections)) {
    expect(text.slice(section.titleStart, section.titleEnd)).toBe(section.title);
    expect(text.slice(section.start).startsWith(section.marker)).toBe(true);
  }
  for (const metric of document.metrics) expect(text.slice(metric.start, metric.end)).toBe(metric.quantity);
  for (const item of document.planItems) expect(text.slice(item.start).startsWith(item.marker)).toBe(true);
}

describe('.pdf', () => {
  it('rebuilds the lines from positions: one source line, one line; running header and page numbers dropped', async () => {
    const path = fixture('report.pdf');
    const report = await readReport(path);
    expect(report.format).toBe('pdf');
    expect(report.encoding).toBe('utf-8');
    // No space invented between CJK glyphs (PDF.js gives `召开党委会 3 次`), none lost, no furniture.
    expect(report.text).toBe(source('report-lines.txt').trimEnd());
    expect(report.text).toContain('年初至今召开党委会3次，');
    expect(report.text).not.toContain(TITLE);
    expect(report.text).not.toMatch(/—\s*\d+\s*—/);
  });

  it('gives the start of each of its three pages', async () => {
    const { text, pages } = await readReport(fixture('report.pdf'));
    expect(pages).toHaveLength(3);
    expect(pages![0]).toBe(0);
    for (let i = 1; i < pages!.length; i++) {
      expect(pages![i]).toBeGreaterThan(pages![i - 1]);
      expect(text[pages![i] - 1]).toBe('\n'); // pages are joined by one line break
    }
    // A page starts with a line of the source, not inside one.
    const lines = new Set(source('report-lines.txt').split('\n'));
    for (const start of pages!) expect(lines.has(text.slice(start, text.indexOf('\n', start)))).toBe(true);
  });

  it('analyses to the same headings, metrics and plan items as its source text', async () => {
    const pdf = await analyzeFile(fixture('report.pdf'));
    const txt = await analyzeFile(fixture('report-lines.txt'));
    expect(pdf.format).toBe('pdf');
    expect(facts(pdf)).toEqual(facts(txt));
    // And as the corpus report itself, whose paragraphs the PDF's lines cut: the analysis joins
    // lines cut after a comma back into their sentence.
    expect(facts(pdf)).toEqual(facts(await analyzeFile(fixture('report.txt'))));
    expect(facts(pdf).metrics).toContain('3次 3 次');
    expect(facts(pdf).headings).toContain('1 一、 强化责任担当，认真履行全面从严治党主体责任');
    expect(pdf.planItems.length).toBeGreaterThan(0);
    const { text, pages } = await readReport(fixture('report.pdf'));
    expectQuotesHold(pdf, text);
    // Facts carry the page their offset falls on.
    const pageOf = (offset: number) => pages!.filter((start) => start <= offset).length;
    for (const metric of pdf.metrics) expect(metric.page).toBe(pageOf(metric.start));
  });

  it('reads a PDF with only an owner password (copy and print restrictions)', async () => {
    const report = await readReport(fixture('restricted.pdf'));
    expect(report.text).toContain('一、强化责任担当，认真履行全面从严治党主体责任');
    expect(report.pages).toEqual([0]);
    // One page: a running header cannot be told from a title; the page number still goes.
    expect(report.text).not.toMatch(/—\s*1\s*—/);
  });

  it('is found by its signature under another name', async () => {
    const report = await readReport(scratchFile('report.bin', readFileSync(fixture('report.pdf'))));
    expect(report.format).toBe('pdf');
  });

  it('refuses a PDF that needs a password: ENCRYPTED', async () => {
    const error = await expectReadError(fixture('encrypted.pdf'), 'ENCRYPTED');
    expect(error.message).toContain('password');
  });

  it('refuses a PDF with pages but no text layer: SCANNED', async () => {
    const error = await expectReadError(fixture('scanned.pdf'), 'SCANNED');
    expect(error.message).toContain('OCR');
  });

  it('refuses a damaged PDF: PDF', async () => {
    await expectReadError(fixture('damaged.pdf'), 'PDF');
    await expectReadError(scratchFile('header-only.pdf', '%PDF-1.7\n'), 'PDF');
    await expectReadError(scratchFile('not-a.pdf', '这不是PDF文件\n'), 'PDF');
  });

  it('refuses an empty .pdf: EMPTY', async () => {
    await expectReadError(scratchFile('empty.pdf', ''), 'EMPTY');
  });
});

describe('.html', () => {
  it.each([
    ['report.html', 'utf-8'],
    ['report-gbk.html', 'gb18030'],
  ])('%s: the article and its title, without the site around it (%s)', async (name, encoding) => {
    const report = await readReport(fixture(name));
    expect(report.format).toBe('html');
    expect(report.encoding).toBe(encoding);
    expect(report.pages).toBeUndefined();
    // The title above div.TRS_Editor, then the paragraphs as lines.
    expect(report.text).toBe(`${TITLE}\n${source('report.txt')}`);
    for (const chrome of ['首页', '当前位置', '相关文章', '发布时间', '打印本页', '版权所有', '访问统计', '页脚脚本', 'line-height']) {
      expect(report.text).not.toContain(chrome);
    }
  });

  it.each(['report.html', 'report-gbk.html'])('%s analyses to the same headings, metrics and plan items as report.txt', async (name) => {
    const html = await analyzeFile(fixture(name));
    const txt = await analyzeFile(fixture('report.txt'));
    expect(facts(html)).toEqual(facts(txt));
    expect(html.title?.text).toBe(TITLE);
    expectQuotesHold(html, (await readReport(fixture(name))).text);
  });

  it('refuses a page without text: EMPTY', async () => {
    await expectReadError(fixture('empty.html'), 'EMPTY');
  });

  it('is found by `<!doctype html` or `<html` at the start, whatever the name', async () => {
    const page = '\ufeff\n  <!DOCTYPE html><html><body><p>一、主要工作</p><p>召开党委会3次。</p></body></html>';
    const report = await readReport(scratchFile('saved-as.doc', page));
    expect(report.format).toBe('html');
    expect(report.text).toBe('一、主要工作\n召开党委会3次。\n');
    expect((await readReport(scratchFile('page.txt', '<html lang="zh"><p>正文</p></html>'))).format).toBe('html');
  });

  it('takes the whole page, less its chrome, when no block holds most of the text', async () => {
    const page = `<html><head><title>标题</title><style>p{}</style></head><body>
      <header>网站首页</header><nav><a>导航</a></nav>
      <div class="content-list"><a>一条链接</a></div>
      <div>一、主要工作</div><div>召开党委会3次，完成调研报告5篇。</div>
      <aside>侧栏</aside><form><input><button>搜索</button></form>
      <footer>版权所有</footer><script>var x = "脚本";</script></body></html>`;
    const { text } = await readReport(scratchFile('plain.html', page));
    expect(text).toBe('一条链接\n一、主要工作\n召开党委会3次，完成调研报告5篇。\n');
  });

  it('keeps an article’s own header and footer', async () => {
    const page = `<!doctype html><body><header>站点</header><article><header><h1>工作总结</h1></header>
      <p>一、主要工作</p><footer>某局办公室 2022年7月</footer></article><footer>版权</footer></body>`;
    const { text } = await readReport(scratchFile('article.htm', page));
    expect(text).toBe('工作总结\n一、主要工作\n某局办公室 2022年7月\n');
  });

  it('reads <meta charset=gbk>, and a UTF-8 page that still declares gb2312', async () => {
    const gbk = Buffer.from('d2bba1a2d6f7d2aab9a4d7f7a1a3', 'hex'); // 一、主要工作。 in GBK
    const page = Buffer.concat([Buffer.from('<!doctype html><meta charset="gbk"><p>'), gbk, Buffer.from('</p>')]);
    const report = await readReport(scratchFile('gbk.htm', page));
    expect(report).toMatchObject({ encoding: 'gb18030', text: '一、主要工作。\n' });
    const resaved = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>一、主要工作。</p></body></html>';
    expect(await readReport(scratchFile('resaved.html', resaved))).toMatchObject({ encoding: 'utf-8', text: '一、主要工作。\n' });
  });

  it.each([
    ['<meta http-equiv="Content-Type" content="text/html; charset = \'GBK\'">', 'gbk'],
    ['<META CHARSET=GB2312>', 'gb2312'],
    ['<meta\tcharset\t=\t"\tgbk"/>', 'gbk'],
    ['<p>a<b</p><meta name="x"><meta charset="big5">', 'big5'],
    ['<meta content="a<b" charset="gbk">', 'gbk'],
    ['<meta charset="gbk"', undefined], // a tag cut off at the 1024 bytes looked at
  ])('finds the charset a page declares in %s', (head, charset) => {
    expect(declaredCharset(Buffer.from(head, 'latin1'))).toBe(charset);
  });

  it('refuses a page in a declared encoding it cannot read, rather than guess', async () => {
    const latin1 = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>caf'), Buffer.from([0xe9]), Buffer.from('</p></body></html>')]);
    await expectReadError(scratchFile('latin1.html', latin1), 'DECODE');
  });
});

describe('.doc', () => {
  it('reads the body, paragraphs as lines, without its header and footer', async () => {
    const report = await readReport(fixture('report.doc'));
    expect(report.format).toBe('doc');
    expect(report.encoding).toBe('utf-8');
    expect(report.text).toBe(source('report.txt'));
    expect(report.text).not.toContain(TITLE); // the page header
    expect(report.text).toContain('“一把手”'); // curly quotes stay as written
  });

  it('analyses to the same headings, metrics and plan items as report.txt', async () => {
    const doc = await analyzeFile(fixture('report.doc'));
    const txt = await analyzeFile(fixture('report.txt'));
    expect(doc.format).toBe('doc');
    expect(facts(doc)).toEqual(facts(txt));
    expectQuotesHold(doc, (await readReport(fixture('report.doc'))).text);
  });

  it('is found by the OLE signature under another name', async () => {
    const report = await readReport(scratchFile('report.dat', readFileSync(fixture('report.doc'))));
    expect(report.format).toBe('doc');
  });

  it.each(['damaged.doc', 'looped.doc', 'garbage.doc'])('refuses %s: DOC, without hanging', async (name) => {
    const error = await expectReadError(fixture(name), 'DOC');
    expect(error.message).toContain('cannot read as .doc');
  });
});
