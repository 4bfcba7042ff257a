/**
 * Records every RegExp that src/ builds at run time (`new RegExp(\`…${words}…\`)`), with the
 * src line that built it. Installed before src is imported: a module's patterns are built as it loads.
 */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface BuiltPattern {
  site: string;
  source: string;
  flags: string;
}

const SRC = join(import.meta.dirname, '..', '..', 'src') + sep;

/**
 * The caller's line as `src/…/file.ts:line`, or null when the caller is not in src/ (a
 * dependency's pattern, built while a src module imports it).
 */
function srcSite(stack: string | undefined): string | null {
  for (const line of stack?.split('\n').slice(1) ?? []) {
    const m = /\(?(?:file:\/\/)?([^()\s]*?):(\d+):\d+\)?$/.exec(line);
    if (!m || m[1]!.endsWith('spy.ts')) continue;
    // existsSync: a dependency whose source map names `../src/…` can come out under our src/.
    const ours = m[1]!.startsWith(SRC) && existsSync(m[1]!);
    return ours ? `src/${m[1]!.slice(SRC.length).split(sep).join('/')}:${m[2]}` : null;
  }
  return null;
}

export function spyOnRegExp() {
  const Original = globalThis.RegExp;
  const built = new Map<string, BuiltPattern>();
  const record = (args: unknown[]) => {
    const probe = Reflect.construct(Original, args) as RegExp;
    const site = srcSite(new Error().stack);
    if (site === null) return;
    const key = `${site}\u0000${probe.source}\u0000${probe.flags}`;
    if (!built.has(key)) built.set(key, { site, source: probe.source, flags: probe.flags });
  };
  // A Proxy, not a subclass: literals stay `instanceof RegExp`, and RegExp.prototype is the same object.
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  return {
    built: () => [...built.values()],
    restore: () => {
      globalThis.RegExp = Original;
    },
  };
}
