/** unified parser plugin: `unified().use(reportParse)` parses report text into the report tree. */
import type { Processor } from 'unified';
import type { Root } from '../tree/types.js';
import { parseReport } from './parser.js';

export default function reportParse(this: Processor<Root>): void {
  this.parser = (document, file) => parseReport(String(document), file);
}
