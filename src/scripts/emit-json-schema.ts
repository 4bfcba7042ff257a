/** Writes dist/schema.json from the zod schemas (run by `npm run build`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchema } from '../output/json-schema.js';

writeFileSync(fileURLToPath(new URL('../schema.json', import.meta.url)), JSON.stringify(jsonSchema(), null, 2) + '\n');
