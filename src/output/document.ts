/** Turns the tree and the file's data into the JSON document the CLI prints (schema.ts). */
import type { VFile } from 'vfile';
import type { ReportFormat } from '../io/read.js';
import type { Root, Section } from '../tree/types.js';
import { spansWithin } from '../text/sorted-spans.js';
import { polarityOf } from '../plans/polarity.js';
import type { DiagnosticJson, MetricJson, PlanItemJson, ReportDocumentJson, SectionJson } from './schema.js';

const offsets = (n: { position: { start: { offset?: number }; end: { offset?: number } } }) => ({
  start: n.position.start.offset!,
  end: n.position.end.offset!,
});

function sectionJson(section: Section): SectionJson {
  const heading = section.children[0]!.type === 'heading' ? section.children[0] : undefined;
  return {
    level: section.level,
    marker: section.marker,
    ordinal: section.ordinal,
    title: section.title,
    ...(section.role ? { role: section.role } : {}),
    ...offsets(section),
    titleStart: heading?.titleStart ?? section.position.start.offset!,
    titleEnd: heading?.titleEnd ?? section.position.start.offset!,
    children: section.children.filter((c): c is Section => c.type === 'section').map(sectionJson),
  };
}

export function diagnosticsJson(file: VFile): DiagnosticJson[] {
  return file.messages.map((m) => ({
    ruleId: m.ruleId ?? null,
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    reason: m.reason,
    start: m.place && 'start' in m.place ? (m.place.start.offset ?? null) : (m.place?.offset ?? null),
    end: m.place && 'end' in m.place ? (m.place.end.offset ?? null) : null,
    line: m.line ?? null,
    column: m.column ?? null,
  }));
}

export interface SourceInfo {
  file: string | null;
  encoding: string | null;
  format: ReportFormat | null;
}

export function toDocument(tree: Root, file: VFile, source: SourceInfo): ReportDocumentJson {
  const metrics: MetricJson[] = (file.data.metrics ?? []).map((m) => ({ ...m, section: m.section ?? [] }));
  const text = String(file.value);
  const byStart = [...metrics].sort((a, b) => a.start - b.start);
  const planItems: PlanItemJson[] = (file.data.planItems ?? []).map(({ section, path, year, deadlines, keywords }) => {
    const heading = section.children[0]!.type === 'heading' ? section.children[0] : undefined;
    const bodyStart = heading ? heading.position.end.offset! : section.position.start.offset!;
    return {
      marker: section.marker,
      level: section.level,
      ...offsets(section),
      title: section.title,
      year,
      body: { start: Math.min(bodyStart, section.position.end.offset!), end: section.position.end.offset! },
      section: path,
      targets: spansWithin(byStart, section.position.start.offset!, section.position.end.offset!, (m) => m)
        .map(({ start, end, quantity, value, valueMax, unit, approx, masked, action, object, sentence }) => ({
          start, end, quantity, value, valueMax, unit, approx, masked, action, object,
          polarity: polarityOf(approx, text.slice(sentence.start, sentence.end)),
        })),
      deadlines,
      keywords,
    };
  });
  return {
    ...source,
    length: String(file.value).length,
    kind: file.data.kind ?? 'summary',
    year: file.data.year ?? null,
    title: file.data.title ?? null,
    sections: tree.children.filter((c): c is Section => c.type === 'section').map(sectionJson),
    parts: (tree.parts ?? []).map((p, i, all) => ({
      title: p.title,
      role: p.role ?? 'other',
      start: p.start,
      end: all[i + 1]?.start ?? text.length,
      titleStart: p.start,
      titleEnd: p.end,
    })),
    metrics,
    planItems,
    diagnostics: diagnosticsJson(file),
  };
}
