/**
 * zod schemas of everything baogao prints. The JSON Schema shipped as `baogao/schema.json` is
 * generated from these (src/scripts/emit-json-schema.ts), so the two cannot drift apart.
 * Offsets are UTF-16 indices into the text as read; `text.slice(start, end)` is the quoted span.
 */
import { z } from 'zod';

export const Level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('item')]);
export const Role = z.enum(['achievements', 'problems', 'plans', 'other']);
export const Kind = z.enum(['summary', 'plan', 'half-year', 'summary+plan']);

export const Page = z.number().int().positive().optional().describe('Page of a paged format (.pdf), from 1');

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const Section = z.object({
  level: Level,
  marker: z.string().describe('The marker as written: 一、 （一） (二) 1. （1） ① 一是, or a plan cue such as 下一步'),
  ordinal: z.number().int().nullable().describe('The number the marker stands for; null for a plan cue'),
  title: z.string().describe('The heading’s own words, without marker and closing punctuation'),
  role: Role.optional().describe('On top-level sections only'),
  start: z.number().int().describe('Offset of the marker'),
  end: z.number().int().describe('End of the section’s content'),
  page: Page,
  titleStart: z.number().int(),
  titleEnd: z.number().int(),
  get children() {
    return z.array(Section);
  },
});

export const Metric = z.object({
  quantity: z.string().describe('Number + unit as written, e.g. xx次, 30多项, 85%'),
  start: z.number().int(),
  end: z.number().int(),
  page: Page,
  value: z.number().nullable().describe('null when masked'),
  valueMax: z.number().nullable().describe('Upper bound of a range (三至五次), else null'),
  unit: z.string(),
  approx: z.string().nullable().describe('Qualifier: 余 多 以上 左右 以内 以下 至少 近 超过 不低于 …'),
  masked: z.boolean().describe('A template placeholder (xx, XX, **) stands for the number'),
  action: z.string().nullable(),
  object: z.string().nullable(),
  sentence: Span,
  section: z.array(z.string()).describe('Titles of the enclosing sections, outermost first'),
});

export const PlanItem = z.object({
  marker: z.string(),
  level: Level,
  start: z.number().int().describe('Offset of the marker'),
  end: z.number().int(),
  page: Page,
  title: z.string(),
  year: z.number().int().nullable().describe('The year the plan is for'),
  body: Span.describe('The task’s text after its heading'),
  section: z.array(z.string()),
  targets: z
    .array(
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        quantity: z.string(),
        value: z.number().nullable(),
        valueMax: z.number().nullable(),
        unit: z.string(),
        approx: z.string().nullable(),
        masked: z.boolean(),
        action: z.string().nullable(),
        object: z.string().nullable(),
        polarity: z.enum(['floor', 'ceiling', 'around']),
      }),
    )
    .describe('The quantities the task sets (全年至少讲6次党课), with their polarity'),
  deadlines: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int() })).describe('年底, 上半年, “七一”前后 …'),
  keywords: z.array(z.string()).describe('Terms that set this task apart from the plan’s other tasks (TF-IDF)'),
});

export const Diagnostic = z.object({
  ruleId: z.string().nullable(),
  severity: z.enum(['info', 'warning', 'error']),
  reason: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
});

export const ReportDocument = z.object({
  file: z.string().nullable(),
  encoding: z.string().nullable(),
  format: z.enum(['text', 'docx', 'pdf', 'html', 'doc']).nullable(),
  length: z.number().int().describe('Length of the text in UTF-16 code units'),
  kind: Kind,
  year: z.number().int().nullable().describe('The year whose work the document reports (a plan: the year planned)'),
  title: z
    .object({ text: z.string(), start: z.number().int(), end: z.number().int() })
    .nullable()
    .describe('The title line above the first heading (`2023年度党建工作总结`), or null'),
  sections: z.array(Section),
  parts: z
    .array(z.object({ title: z.string(), role: Role, start: z.number().int(), end: z.number().int(), titleStart: z.number().int(), titleEnd: z.number().int() }))
    .describe('Parts named on unnumbered lines (`2024年工作回顾`, `2025年工作安排建议`), each to the next; empty when the report names its parts by numbered headings'),
  metrics: z.array(Metric),
  planItems: z.array(PlanItem),
  diagnostics: z.array(Diagnostic),
});

export const ErrorRecord = z.object({
  file: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});

export type SectionJson = z.infer<typeof Section>;
export type MetricJson = z.infer<typeof Metric>;
export type PlanItemJson = z.infer<typeof PlanItem>;
export type DiagnosticJson = z.infer<typeof Diagnostic>;
export type ReportDocumentJson = z.infer<typeof ReportDocument>;
export type ErrorRecordJson = z.infer<typeof ErrorRecord>;

// ── baogao compare ────────────────────────────────────────────────────────────────────────────

export const EvidenceSchema = z.object({
  start: z.number().int().describe('Offset in the report file'),
  end: z.number().int(),
  page: Page,
  text: z.string(),
  score: z.number().describe('TF-IDF cosine between the plan item and this sentence'),
  terms: z.array(z.string()).describe('Terms the item and the sentence share, strongest first'),
});

export const ItemComparison = z.object({
  planItem: z.object({ start: z.number().int(), end: z.number().int(), page: Page, marker: z.string(), title: z.string() }),
  status: z.enum(['done', 'partial', 'not-found']),
  score: z.number(),
  evidence: z.array(EvidenceSchema),
});

export const TargetComparison = z.object({
  start: z.number().int().describe('Offset of the target quantity in the plan file'),
  end: z.number().int(),
  page: Page,
  quantity: z.string(),
  text: z.string().describe('The clause that states the target'),
  indicator: z.string().nullable().describe('What the target measures: a headline indicator’s canonical name (地区生产总值, 城镇调查失业率) or the counted thing'),
  value: z.number().nullable().describe('null for a target with no number (`居民收入增长与经济增长同步`): listed, never given a verdict'),
  valueMax: z.number().nullable(),
  unit: z.string(),
  approx: z.string().nullable(),
  action: z.string().nullable(),
  object: z.string().nullable(),
  polarity: z.enum(['floor', 'ceiling', 'around']),
  lowerIsBetter: z.boolean(),
  actual: z
    .object({
      start: z.number().int().describe('Offset in the report file'),
      end: z.number().int(),
      page: Page,
      quantity: z.string(),
      text: z.string(),
      value: z.number(),
      unit: z.string(),
    })
    .nullable(),
  met: z.boolean().nullable().describe('null when no actual figure was found'),
});

export const Comparison = z.object({
  plan: z.object({ file: z.string().nullable(), year: z.number().int().nullable() }),
  report: z.object({ file: z.string().nullable(), year: z.number().int().nullable() }),
  items: z.array(ItemComparison),
  targets: z.array(TargetComparison),
  counts: z.object({ done: z.number().int(), partial: z.number().int(), notFound: z.number().int() }),
  completionRate: z.number().nullable().describe('(done + partial / 2) / items; null without items'),
  warnings: z
    .array(z.object({ code: z.enum(['order', 'no-review', 'no-plan']), message: z.string() }))
    .describe('What makes the comparison doubtful: files in the wrong order, a report with no review part, a plan with no items'),
});

export type ComparisonJson = z.infer<typeof Comparison>;
export type TargetComparisonJson = z.infer<typeof TargetComparison>;


// ── baogao trend ──────────────────────────────────────────────────────────────────────────────

const TrendPoint = z.object({
  file: z.string().nullable(),
  year: z.number().int().nullable(),
  value: z.number().nullable().describe('The document’s figure for this series: the sum of its surest counts (a sentence naming the year before one that does not; never a span’s figure such as 年均 or 累计), or its first rate; null when any is masked'),
  masked: z.boolean(),
  given: z.boolean().describe('Whether the document gives this figure at all; false: value null, no quantities'),
  quantities: z.array(z.object({ quantity: z.string(), start: z.number().int(), end: z.number().int() })),
});

export const Trend = z.object({
  documents: z.array(
    z.object({
      file: z.string().nullable(),
      year: z.number().int().nullable().describe('The year of work (a government work report delivered in Y reports Y−1)'),
      kind: Kind,
      period: z.string().nullable().describe('The period the report covers: its year of work, `YYYY H1` for a half-year report'),
      samePeriodAsPrevious: z.boolean().describe('It covers the year of work of the report before it (a plan and a review of one year, a half-year report and the year): no delta or term change is read between them'),
    }),
  ),
  metrics: z.array(
    z.object({
      action: z.string().nullable(),
      object: z.string(),
      indicator: z.string().nullable().describe('The headline indicator the series follows (地区生产总值, 社会消费品零售总额…), keyed by it whatever each report calls it; null for a series of one counted thing'),
      period: z
        .enum(['year', 'years-average', 'years-total', 'years'])
        .describe('What each point covers: `year`, its report’s year of work; for a span of years ending then (a `"十四五"时期` review), `years-average` (年均, 每年), `years-total` (累计) or `years`. Series never mix periods; a target is never a point'),
      unit: z.string(),
      points: z.array(TrendPoint).describe('One per document, in order; `given: false` where it has no such figure'),
      deltas: z.array(z.number().nullable()).describe('Change from the previous document; null where either side is missing or masked, or both cover one period'),
    }),
  ),
  terms: z.array(
    z.object({
      term: z.string(),
      category: z.string().nullable().describe('formulation, institution, campaign, thought, policy; null for a plain key term'),
      counts: z.array(z.number().int()),
      perTenThousand: z.array(z.number()).describe('Occurrences per 10,000 characters, per document'),
      change: z.enum(['appears', 'disappears', 'rises', 'falls']).describe('The most recent change (the last of `changes`)'),
      changes: z
        .array(
          z.object({
            at: z.number().int().describe('Index in `documents` of the later report of the pair'),
            year: z.number().int().nullable().describe('Its year'),
            change: z.enum(['appears', 'disappears', 'rises', 'falls']),
          }),
        )
        .describe('Every change between consecutive reports, in order'),
    }),
  ),
  carriedOver: z.array(
    z.object({
      similarity: z.number().describe('Dice coefficient of character bigrams; 1 = verbatim'),
      from: z.object({ file: z.string().nullable(), year: z.number().int().nullable(), start: z.number().int(), end: z.number().int(), text: z.string() }),
      to: z.object({ file: z.string().nullable(), year: z.number().int().nullable(), start: z.number().int(), end: z.number().int(), text: z.string() }),
    }),
  ),
});

export type TrendJson = z.infer<typeof Trend>;

/** Every schema by name, for the JSON Schema emitter. */
export const schemas = { ReportDocument, ErrorRecord, Section, Metric, PlanItem, Diagnostic, Comparison, Trend };
