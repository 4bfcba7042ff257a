/**
 * Dev script: metrics of every corpus file as `{ metrics: [...] }` JSON, one file per report,
 * for /work/shared/eval/score.mjs. Run through scripts-dev/metrics-score.sh (bundles with esbuild).
 *
 *   metrics-pred CORPUS_DIR OUT_DIR
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import reportParse from '../src/parse/plugin.js';
import metrics from '../src/metrics/plugin.js';
import type { Root } from '../src/tree/types.js';

const [corpus = 'corpus', out = '/tmp/baogao-metrics-pred'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const processor = unified().use(reportParse).use(metrics);
for (const name of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(corpus, name), 'utf8').replace(/^\ufeff/, '');
  const file = new VFile({ value: text, path: name });
  processor.runSync(processor.parse(file) as Root, file);
  const list = file.data.metrics ?? [];
  writeFileSync(join(out, basename(name, '.txt') + '.json'), JSON.stringify({ metrics: list }, null, 1));
  console.error(`${name}: ${list.length} metrics, ${file.messages.filter((m) => m.ruleId === 'masked-number').length} masked`);
}
