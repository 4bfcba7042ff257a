/** Writes dist/schema.json from the zod schemas (run by `npm run build`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { schemas } from '../output/schema.js';

export function jsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  // One document with every schema under $defs, cross-referenced by name.
  const { schemas: defs } = z.toJSONSchema(registry, { uri: (id) => `#/$defs/${id}` }) as { schemas: Record<string, Record<string, unknown>> };
  for (const def of Object.values(defs)) delete def.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'baogao output',
    description: 'JSON printed by `baogao parse`: a ReportDocument per file, or an ErrorRecord for a file that could not be read.',
    $defs: defs,
    anyOf: [{ $ref: '#/$defs/ReportDocument' }, { $ref: '#/$defs/ErrorRecord' }],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../schema.json', import.meta.url));
  writeFileSync(out, JSON.stringify(jsonSchema(), null, 2) + '\n');
}
