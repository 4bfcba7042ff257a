/**
 * A small glob matcher for batch inputs: `*` and `?` within one path segment, `**` for any number
 * of segments. Node 20 has no fs.glob, and this is all `baogao batch` needs.
 */

/** True when `input` contains glob syntax. */
export function isGlob(input: string): boolean {
  return /[*?]/.test(input);
}

export interface GlobPlan {
  /** The directory to walk: the segments before the first one with a wildcard ('.' when none). */
  base: string;
  /** Tests a path relative to `base`, with '/' separators. */
  matches: (relative: string) => boolean;
  /** How many segments deep a match can lie below `base`; Infinity when the pattern has `**`. */
  maxDepth: number;
}

export function planGlob(pattern: string): GlobPlan {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  if (absolute) segments.shift();
  const first = segments.findIndex(isGlob);
  const fixed = segments.slice(0, first);
  const rest = segments.slice(first);
  const base = (absolute ? '/' : '') + fixed.join('/') || (absolute ? '/' : '.');
  const regex = new RegExp(`^${rest.map(segmentSource).join('')}$`);
  return {
    base,
    matches: (relative) => regex.test(relative),
    maxDepth: rest.includes('**') ? Infinity : rest.length,
  };
}

/** Regex source of one segment, including the '/' that joins it to the next. */
function segmentSource(segment: string, index: number, all: string[]): string {
  const last = index === all.length - 1;
  // `a/**/b` must also match `a/b`, so `**/` is "zero or more whole segments".
  if (segment === '**') return last ? '.*' : '(?:[^/]+/)*';
  let source = '';
  for (const char of segment) {
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return last ? source : `${source}/`;
}
