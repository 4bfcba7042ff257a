/**
 * unfilled-placeholder: a value left from a template — `xx次`, `XX名`, `x.x%`, `20xx年`, `x月xx日`,
 * `**`, `某某`, `XX局`. A placeholder is flagged where a value or a name belongs: before a unit or a
 * date word, or before an organisation's suffix. An x inside a Latin word (`Excel`, `XP`) and an X
 * before anything else (`X光`, `X射线`) are left alone.
 */
import type { VFile } from 'vfile';
import type { Root } from '../../tree/types.js';
import { PLACEHOLDER_CHARS } from '../../metrics/numbers.js';
import { report } from '../message.js';

/** Units, date words and counters a template number stands before. */
const AFTER_NUMBER = '次|轮|名|人次|人|个|项|件|篇|场|期|批|家|所|户|元|万元|亿元|万|%|％|年|月|日|天|小时|课时|学时|条|份|本|部|处|起|例|支|组|类|余|多';
/** Suffixes of an organisation or a person's title after a placeholder name. */
const NAME_SUFFIX = '局|处|科|委|办|部|厅|院|所|校|站|队|中心|公司|集团|支部|党委|党组|总支|县|市|区|镇|乡|村|街道|社区|同志|书记|主任|局长';

/** A run of the placeholder characters the metrics extractor masks numbers with (metrics/numbers.ts). */
const MASK = `[${PLACEHOLDER_CHARS.replace('*', '\\*')}]`;

const PLACEHOLDER = new RegExp(
  [
    // xx次, XX名, x.x%, ××人, **个, ｘｘ项, 20xx年 (with its century), x月xx日
    `(?<![A-Za-z])(?:20)?${MASK}{1,4}(?:[.．][xXｘＸ]{1,2})?(?=${AFTER_NUMBER})`,
    // XX局, ××县, ＊＊办
    `(?<![A-Za-z])${MASK}{2,4}(?=${NAME_SUFFIX})`,
    '某某',
  ].join('|'),
  'g',
);

export default function unfilledPlaceholder() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    for (const match of text.matchAll(PLACEHOLDER)) {
      const start = match.index;
      const end = start + match[0].length;
      report(file, 'unfilled-placeholder', {
        start,
        end,
        reason: `模板占位符未填写（unfilled template value）：“${text.slice(start, Math.min(text.length, end + 2))}”`,
      });
    }
  };
}
