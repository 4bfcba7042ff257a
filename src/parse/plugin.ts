/** unified parser plugin: `unified().use(reportParse)` parses report text into the report tree. */
import type { Plugin, Processor } from 'unified';
import type { Root } from '../tree/types.js';
import { parseReport } from './parser.js';

const reportParse: Plugin<[], string, Root> = function (this: Processor) {
  (this as unknown as Processor<Root>).parser = (document, file) => parseReport(String(document), file);
};

export default reportParse;
