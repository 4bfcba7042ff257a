/** unified plugin: sets `file.data.kind` and `file.data.year` from the tree and the text. */
import type { VFile } from 'vfile';
import type { Root } from '../tree/types.js';
import { detectKind, headText, type Kind } from './kind.js';
import { detectTitle, type DocumentTitle } from './title.js';
import { detectYear, MASKED_YEAR } from './year.js';

declare module 'vfile' {
  interface DataMap {
    kind: Kind;
    year: number | null;
    title: DocumentTitle | null;
  }
}

export default function documentInfo() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value);
    const kind = detectKind(text, tree);
    file.data.kind = kind;
    file.data.title = detectTitle(text, tree);
    file.data.year = detectYear(text, tree, kind);
    if (file.data.year === null) {
      const masked = MASKED_YEAR.exec(headText(text, tree));
      if (masked) file.message(`Year masked: the document names its period as “${masked[0]}”, so its year is unknown`, { ruleId: 'masked-year', source: 'baogao' });
      else file.message('No year found: the document names no year its work belongs to as its period', { ruleId: 'no-year', source: 'baogao' });
    }
  };
}
