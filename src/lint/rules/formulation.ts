/**
 * formulation: a fixed formulation written wrong. Three checks, each from a dictionary with a source
 * for every entry:
 * - a wrong form of a formulation (dictionaries/formulations.tsv): `两个“维护”` for `“两个维护”`;
 * - a formulation whose members are listed right after it (`四个意识（政治意识、大局意识…）`, or after
 *   `即`/`：`) with a member missing, added or miswritten;
 * - a misspelt fixed term (dictionaries/misspellings.tsv): `条列` for 条例, `多伦次` for 多轮次 — only
 *   where jieba cuts the text at both its ends, so a form inside longer words (`逐条列出`) and any term
 *   of the political-terms dictionary (a single token) is never touched.
 * A document's title in `《》` is checked too: an issued title is spelt right (`《…党内监督条例》`).
 */
import type { VFile } from 'vfile';
import type { Root } from '../../tree/types.js';
import { readRows } from '../dictionaries.js';
import type { Segmenter } from '../../segment/segmenter.js';
import { report } from '../message.js';

interface Formulation {
  name: string;
  members: string[];
  wrong: string[];
}

let formulations: Formulation[] | undefined;
let misspellings: Array<[written: string, correct: string]> | undefined;

function load(): { formulations: Formulation[]; misspellings: Array<[string, string]> } {
  formulations ??= readRows('formulations.tsv').map(([name, members, wrong]) => ({
    name: name!,
    members: members && members !== '-' ? members.split('、') : [],
    wrong: wrong && wrong !== '-' ? wrong.split('|') : [],
  }));
  misspellings ??= readRows('misspellings.tsv').map(([written, correct]) => [written!, correct!]);
  return { formulations, misspellings };
}

/** A listed member is the member when one holds the other (`支部委员会` for 支部委员会会议). */
const sameMember = (listed: string, member: string) => listed === member || listed.includes(member) || member.includes(listed);

/** The list written right after a formulation: in brackets, or after 即/：. */
const LIST_AFTER = /^[”’"]?(?:[（(]([^）)\n]{4,80})[）)]|(?:即|：|:)([^。；;\n]{4,80}))/;

export interface FormulationOptions {
  segmenter?: Segmenter;
}

export default function formulation(options: FormulationOptions = {}) {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    const { formulations, misspellings } = load();
    for (const f of formulations) {
      for (const wrong of f.wrong) {
        for (let at = text.indexOf(wrong); at >= 0; at = text.indexOf(wrong, at + wrong.length)) {
          report(file, 'formulation', { start: at, end: at + wrong.length, reason: `提法写法有误（formulation written wrong）：应为“${f.name}”`, expected: [`“${f.name}”`] });
        }
      }
      if (f.members.length < 2) continue;
      for (let at = text.indexOf(f.name); at >= 0; at = text.indexOf(f.name, at + f.name.length)) {
        const list = LIST_AFTER.exec(text.slice(at + f.name.length, at + f.name.length + 90));
        if (!list) continue;
        const listed = (list[1] ?? list[2]!).split(/[、，,]|和|及/).map((m) => m.trim()).filter(Boolean);
        if (listed.length < 2) continue;
        const unknown = listed.filter((m) => !f.members.some((member) => sameMember(m, member)));
        const missing = f.members.filter((member) => !listed.some((m) => sameMember(m, member)));
        if (!unknown.length && !missing.length) continue;
        const start = at + f.name.length + list.index + list[0].indexOf(list[1] ?? list[2]!);
        const end = start + (list[1] ?? list[2]!).length;
        report(file, 'formulation', {
          start,
          end,
          reason: `“${f.name}”的内容有误（members of a formulation）：${[missing.length ? `缺少${missing.join('、')}` : '', unknown.length ? `多出或写错${unknown.join('、')}` : ''].filter(Boolean).join('；')}`,
          expected: [f.members.join('、')],
        });
      }
    }
    for (const [written, correct] of misspellings) {
      let tokens: Set<number> | undefined;
      for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + written.length)) {
        // Token boundaries of the text, cut once and only when a form is found.
        tokens ??= boundaries(text, options.segmenter);
        if (tokens.size && (!tokens.has(at) || !tokens.has(at + written.length))) continue;
        report(file, 'formulation', { start: at, end: at + written.length, reason: `错别字（misspelt term）：“${written}”应为“${correct}”`, expected: [correct] });
      }
    }
  };
}

/** The offsets where jieba cuts the text (empty without a segmenter: every form is then flagged). */
function boundaries(text: string, segmenter: Segmenter | undefined): Set<number> {
  const cuts = new Set<number>();
  if (!segmenter) return cuts;
  for (const t of segmenter.tokenize(text)) {
    cuts.add(t.start);
    cuts.add(t.end);
  }
  return cuts;
}
