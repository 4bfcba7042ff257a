/**
 * repeated-text: a sentence written twice, verbatim or nearly (a pasted passage, a paragraph left
 * in after an edit, with a word or a pair of quotes changed). Sentences of MIN_LENGTH characters
 * or more, in paragraphs and in run-in item titles, are compared by the Dice coefficient of their
 * character bigrams (natural's); the later of two at SIMILAR or above is flagged, pointing at the
 * first. Candidates come from shared 5-character shingles, so a long report is not compared pair
 * by pair; a shingle found in very many sentences (a stock phrase) picks none.
 */
import DiceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Root, Sentence } from '../../tree/types.js';
import { report } from '../message.js';

const MIN_LENGTH = 20;
const SIMILAR = 0.85;
const SHINGLE = 5;
/** A shingle in more sentences than this is a stock phrase, no sign of a copy. */
const COMMON = 40;
/** Shingles two sentences must share before they are compared. */
const SHARED = 3;

export default function repeatedText() {
  return (tree: Root, file: VFile) => {
    const sentences: Array<{ node: Sentence; key: string }> = [];
    visit(tree, 'sentence', (node: Sentence) => {
      const key = node.value.replace(/\s+/g, '');
      if (key.length >= MIN_LENGTH) sentences.push({ node, key });
    });
    const index = new Map<string, number[]>();
    sentences.forEach(({ node, key }, i) => {
      const shared = new Map<number, number>();
      const shingles = new Set<string>();
      for (let k = 0; k + SHINGLE <= key.length; k++) shingles.add(key.slice(k, k + SHINGLE));
      for (const s of shingles) {
        const posting = index.get(s);
        if (posting && posting.length <= COMMON) for (const j of posting) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
      const earlier = [...shared].filter(([, n]) => n >= SHARED).map(([j]) => j).sort((a, b) => a - b)
        .find((j) => sentences[j]!.key === key || DiceCoefficient(sentences[j]!.key, key) >= SIMILAR);
      if (earlier !== undefined) {
        const first = sentences[earlier]!.node;
        report(file, 'repeated-text', {
          start: node.position.start.offset!,
          end: node.position.end.offset!,
          reason: `语句重复（repeated text）：与第${first.position.start.line}行的句子${sentences[earlier]!.key === key ? '相同' : '几乎相同'}`,
        });
      }
      for (const s of shingles) {
        const posting = index.get(s);
        if (posting) posting.push(i);
        else index.set(s, [i]);
      }
    });
  };
}
