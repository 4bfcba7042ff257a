/** Where the bundled dictionaries live: `dictionaries/` at the package root, beside `src/` and `dist/`. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

export function dictionaryPath(name: string): string {
  return join(root, name);
}
