/**
 * Finds the regular expressions of src/ for the ReDoS check: the ones written out, by reading
 * the TypeScript syntax tree, and the ones built at run time, by watching the RegExp constructor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  /** `src/…/file.ts:line` */
  site: string;
  source: string;
  flags: string;
}

export interface StaticScan {
  /** Literals, and RegExp calls whose pattern is a plain string. */
  patterns: FoundPattern[];
  /** RegExp calls whose pattern is computed: the spy has to see each of these built. */
  computedSites: ComputedSite[];
}

export interface ComputedSite {
  site: string;
  file: string;
  /** The lines the call spans: a stack trace may name any of them. */
  lines: [number, number];
}

const ROOT = join(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const isRegExpName = (node: ts.Expression) =>
  (ts.isIdentifier(node) && node.text === 'RegExp') ||
  (ts.isPropertyAccessExpression(node) && node.name.text === 'RegExp' && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis');

const plainString = (node: ts.Expression | undefined): string | undefined =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

// String.prototype methods that turn a string argument into a regular expression (replace and split do not).
const STRING_AS_PATTERN: Record<string, string> = { match: '', matchAll: 'g', search: '' };

export function scanSource(dir = 'src'): StaticScan {
  const patterns: FoundPattern[] = [];
  const computedSites: ComputedSite[] = [];
  for (const file of tsFiles(join(ROOT, dir))) {
    const name = relative(ROOT, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const lineOf = (at: number) => sf.getLineAndCharacterOfPosition(at).line + 1;
    const siteOf = (node: ts.Node) => `${name}:${lineOf(node.getStart(sf))}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        patterns.push({ site: siteOf(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpName(node.expression)) {
        const [pattern, flags] = node.arguments ?? [];
        const source = plainString(pattern);
        const flagText = flags === undefined ? '' : plainString(flags);
        if (source !== undefined && flagText !== undefined) patterns.push({ site: siteOf(node), source, flags: flagText });
        else computedSites.push({ site: siteOf(node), file: name, lines: [lineOf(node.getStart(sf)), lineOf(node.getEnd())] });
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        Object.hasOwn(STRING_AS_PATTERN, node.expression.name.text) &&
        plainString(node.arguments[0]) !== undefined
      ) {
        patterns.push({ site: siteOf(node), source: plainString(node.arguments[0])!, flags: STRING_AS_PATTERN[node.expression.name.text]! });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { patterns, computedSites };
}
