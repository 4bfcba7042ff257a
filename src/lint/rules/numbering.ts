/**
 * numbering: a repeated number (two `三是`), a skipped one (`一、` then `三、`), a bracket width that
 * changes among siblings (`（一）` then `(二)`). The parser finds these while it builds the tree
 * (headings/numbering.ts, counting afresh under each parent); this rule reports them as lint.
 */
import type { VFile } from 'vfile';
import type { Root } from '../../tree/types.js';
import { report } from '../message.js';

/** The parser's numbering messages, with offsets into the text the rules read. */
export interface ParseProblem {
  ruleId: string;
  reason: string;
  start: number;
  end: number;
}

const GLOSS: Record<string, string> = {
  'repeated-number': '序号重复',
  'skipped-number': '序号跳号',
  'mixed-brackets': '同级序号括号全半角不一',
};

export default function numbering() {
  return (_tree: Root, file: VFile) => {
    const problems = (file.data as { parseProblems?: ParseProblem[] }).parseProblems ?? [];
    for (const p of problems) {
      const gloss = GLOSS[p.ruleId];
      if (!gloss) continue;
      report(file, 'numbering', { start: p.start, end: p.end, reason: `${gloss}（${p.reason}）` });
    }
  };
}
