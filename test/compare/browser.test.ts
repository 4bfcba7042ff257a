/**
 * The comparison page in a real headless browser (Chromium through puppeteer-core): the evidence
 * highlights render — each <mark> is laid out, visible, and painted in its status colour — and an
 * item's link scrolls its evidence into view. Skipped, saying so, where no Chromium is installed
 * (Debian: `apt install chromium`; or set CHROMIUM_PATH).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeReport, createProcessor } from '../../src/analyze.js';
import { compare } from '../../src/compare/compare.js';
import { comparisonToHtml } from '../../src/output/compare-html.js';
import { createSegmenter } from '../../src/segment/segmenter.js';

const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));

describe.skipIf(!browserPath)(`the comparison page in headless Chromium${browserPath ? '' : ' (skipped: no Chromium installed; apt install chromium, or set CHROMIUM_PATH)'}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-browser-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('paints every piece of evidence in its status colour, and a link brings it into view', async () => {
    const segmenter = createSegmenter();
    const processor = createProcessor({ segmenter });
    const load = (file: string) => analyzeReport(readFileSync(file, 'utf8'), { processor, source: { file } });
    const report = load('test/fixtures/compare/gov-2023.txt');
    const result = compare(load('test/fixtures/compare/gov-2022.txt'), report, segmenter);
    const page = join(dir, 'page.html');
    writeFileSync(page, comparisonToHtml(result, report.source));

    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1280, height: 900 });
      await tab.goto(pathToFileURL(page).href);
      const marks = await tab.$$eval('mark', (list) =>
        list.map((m) => {
          const box = m.getBoundingClientRect();
          return { id: m.id, status: m.className, colour: getComputedStyle(m).backgroundColor, width: box.width, height: box.height };
        }),
      );
      const evidence = result.items.flatMap((item) => item.evidence);
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.length).toBeLessThanOrEqual(evidence.length);
      for (const m of marks) {
        expect(m.width * m.height).toBeGreaterThan(0);
        expect(m.colour).toBe(m.status === 'done' ? 'rgb(253, 230, 138)' : 'rgb(191, 219, 254)');
      }
      // On a phone, the page is one column: the first link scrolls its mark into view.
      await tab.setViewport({ width: 390, height: 700 });
      const first = marks[0]!.id;
      await tab.click(`a[href="#${first}"]`);
      const top = await tab.$eval(`#${first}`, (m) => m.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(-2); // scrolled to its top edge, give or take a subpixel
      expect(top).toBeLessThan(700);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
