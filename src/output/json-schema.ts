/** One JSON Schema document holding every output schema under $defs, generated from the zod schemas. */
import { z } from 'zod';
import { schemas } from './schema.js';

export function jsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: defs } = z.toJSONSchema(registry, { uri: (id) => `#/$defs/${id}` }) as { schemas: Record<string, Record<string, unknown>> };
  for (const def of Object.values(defs)) delete def.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'baogao output',
    description:
      'JSON printed by baogao: `parse` prints a ReportDocument per file (an ErrorRecord for a file that could not be read), `compare` a Comparison, `trend` a Trend.',
    $defs: defs,
    anyOf: Object.keys(defs)
      .filter((id) => ['ReportDocument', 'ErrorRecord', 'Comparison', 'Trend'].includes(id))
      .map((id) => ({ $ref: `#/$defs/${id}` })),
  };
}
