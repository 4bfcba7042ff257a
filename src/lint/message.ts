/**
 * How a lint rule reports: a vfile message at a span of the text the rules read (the normalised
 * text), with its rule id, `source: 'baogao'`, what was written (`actual`) and, where one exists,
 * the fix (`expected`). lint() maps the span back to the text as read and sets the severity.
 */
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

export interface Finding {
  start: number;
  end: number;
  /** Chinese first, with an English gloss: `模板占位符未填写（unfilled template value）：xx次`. */
  reason: string;
  actual?: string;
  expected?: string[];
}

const places = new WeakMap<VFile, ReturnType<typeof location>>();

export function report(file: VFile, ruleId: string, finding: Finding): void {
  let place = places.get(file);
  if (!place) places.set(file, (place = location(file)));
  const message = file.message(finding.reason, {
    place: { start: place.toPoint(finding.start)!, end: place.toPoint(finding.end)! },
    ruleId,
    source: 'baogao',
  });
  message.actual = finding.actual ?? String(file.value).slice(finding.start, finding.end);
  if (finding.expected) message.expected = finding.expected;
}
