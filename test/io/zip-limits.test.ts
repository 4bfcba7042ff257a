/**
 * A .docx that would inflate far beyond any report (a zip bomb) is refused from its zip directory,
 * before anything is inflated; the limits are options.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/io/read.js';
import { expandedSize } from '../../src/io/zip-limits.js';

const dir = mkdtempSync(join(tmpdir(), 'baogao-zip-'));

/** A minimal .docx whose document.xml holds `paragraphs` copies of one paragraph. */
async function docx(paragraphs: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const paragraph = '<w:p><w:r><w:t>全年召开党委会12次。</w:t></w:r></w:p>';
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(paragraphs)}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('.docx expansion limits', () => {
  it('reads the uncompressed size from the zip directory', async () => {
    const bytes = await docx(10);
    const size = expandedSize(bytes)!;
    expect(size).toBeGreaterThan(10 * 40);
    expect(size).toBeLessThan(4000);
  });

  it('a zip bomb (a few hundred KB inflating hundreds of times) is TOO_LARGE, named, without inflating it', async () => {
    const bytes = await docx(200_000); // about 11 MB of XML in well under 100 KB
    expect(bytes.length).toBeLessThan(200_000);
    const file = join(dir, 'bomb.docx');
    writeFileSync(file, bytes);
    const error = await readReport(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ReadError', code: 'TOO_LARGE' });
    expect(String((error as Error).message)).toMatch(/bomb\.docx: \.docx would inflate \d+ times/);
  });

  it('a normal .docx passes; the limits are options', async () => {
    const file = join(dir, 'normal.docx');
    writeFileSync(file, await docx(20));
    expect((await readReport(file)).text).toContain('全年召开党委会12次');
    await expect(readReport(file, { maxExpandedBytes: 500 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    // the bomb reads when the ratio limit is lifted
    const bomb = join(dir, 'allowed.docx');
    writeFileSync(bomb, await docx(2_000));
    await expect(readReport(bomb, { maxExpansionRatio: 1e9 })).resolves.toMatchObject({ format: 'docx' });
  });
});

describe('text length limit', () => {
  it('a text longer than maxCharacters once read is TOO_LARGE, naming the file; shorter ones read', async () => {
    const file = join(dir, 'long.txt');
    writeFileSync(file, '全年召开党委会12次。'.repeat(1000));
    await expect(readReport(file, { maxCharacters: 5000 })).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/long\.txt: its text of 11000 characters is more than the limit of 5000/) });
    await expect(readReport(file)).resolves.toMatchObject({ format: 'text' });
  });
});
