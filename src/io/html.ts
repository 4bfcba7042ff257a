/**
 * Saved web pages (.html/.htm) → text lines. Parsed with rehype-parse (parse5: the browsers'
 * HTML parser, forgiving of the broken markup of old sites); the text is hast-util-to-text's
 * innerText, so block elements, <br> and table rows end lines as a browser shows them.
 *
 * What is left out:
 * - what is never shown or is site chrome: script, style, noscript, template, nav, aside, form,
 *   iframe, object, embed, select, button, and header/footer outside an article/main/section
 *   (inside one they belong to it);
 * - the rest of the page when one block clearly holds the report: of the candidate blocks —
 *   <main>, <article>, and elements whose id or class names content (`content`, `article`,
 *   `TRS_Editor`, `zoom`, `Custom_UnionStyle`, … as on Chinese government sites) — the smallest
 *   that holds at least half of the page's CJK text is taken, with the page's title heading put
 *   before it when that stands just outside it (`h1.title` above `div.TRS_Editor`). With no such
 *   block the whole page is taken: extra lines rather than lost ones.
 *
 * The encoding: a byte-order mark, else what the page declares (`<meta charset>` or http-equiv),
 * checked against the bytes: UTF-8 and the GB family (gb2312, gbk, gb18030 — common on Chinese
 * government sites) go through decode.ts, which tells the two apart by the bytes, so a page saved
 * again as UTF-8 under its old gb2312 declaration still reads right. A page declaring any other
 * encoding is read only if its bytes are UTF-8 (plain ASCII is).
 */
import { Buffer, isUtf8 } from 'node:buffer';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { decodeBytes, type TextEncoding } from './decode.js';
import { ReadError } from './errors.js';

/** Never shown, or site chrome rather than the page's own text. */
const LEFT_OUT = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'iframe', 'object', 'embed', 'select', 'button']);
/** Page banner and footer — unless inside one of these, where they are the article's own. */
const BANNERS = new Set(['header', 'footer']);
const SECTIONING = new Set(['article', 'main', 'section']);
/** id/class words naming the block that holds a page's text. */
const CONTENT_NAME = /content|article|trs_?editor|zoom|unionstyle|zhengwen|detail|main|text|body/i;
const TITLE_NAME = /title|biaoti|^bt$/i;

const CJK = /\p{Script=Han}/gu;
const GB_FAMILY = /^(?:gb2312|gbk|gb18030|x-gbk|gb_2312-80|csgb2312|chinese|iso-ir-58|x-gb18030)$/i;

export interface HtmlText {
  text: string;
  encoding: TextEncoding;
}

/** Whether bytes look like an HTML page: `<!doctype html` or `<html` first, after a BOM and whitespace. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x0c)) i++;
  const head = Buffer.from(bytes.subarray(i, i + 14)).toString('latin1').toLowerCase();
  return head.startsWith('<!doctype html') || /^<html[\s>]/.test(head);
}

export async function htmlText(path: string, bytes: Uint8Array): Promise<HtmlText> {
  const { text: source, encoding } = decodeHtml(path, bytes);
  // Loaded on the first page: parse5 is a large module that most runs never need.
  const [{ unified }, { default: rehypeParse }, { toText }] = await Promise.all([
    import('unified'),
    import('rehype-parse'),
    import('hast-util-to-text'),
  ]);
  const tree = unified().use(rehypeParse).parse(source) as Root;
  const body = findElement(tree, (e) => e.tagName === 'body') ?? tree;
  strip(body, false);
  const block = contentBlock(body, (node) => toText(node));
  const parts = block ? [titleBefore(body, block), block].filter((n): n is Element => n !== undefined) : [body];
  // innerText leaves blank lines (a <p> asks for two line breaks) and spaces at line ends.
  const lines = parts
    .map((node) => toText(node))
    .join('\n')
    .split(/\r\n?|\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) throw new ReadError('EMPTY', path, 'page contains no text');
  return { text: lines.join('\n') + '\n', encoding };
}

function decodeHtml(path: string, bytes: Uint8Array): HtmlText {
  const declared = declaredCharset(bytes);
  // decode.ts handles BOMs, UTF-8, and GB18030 (a superset of GBK and GB2312).
  if (!declared || /^utf-?8$/i.test(declared) || GB_FAMILY.test(declared) || hasBom(bytes) || isUtf8(bytes)) {
    return decodeBytes(bytes, path);
  }
  throw new ReadError('DECODE', path, `cannot decode text: the page declares charset ${declared}; only UTF-8, UTF-16 and GB2312/GBK/GB18030 are read`);
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * The charset a page declares in its first 1024 bytes (where the HTML standard's prescan looks):
 * `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps bytes one to one: the ASCII markup reads the same whatever the encoding.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  // A tag left open runs to the end and is passed over: `[^>]*>` alone would rescan the rest from each later `<meta`.
  for (const meta of head.match(/<meta\b[^>]*(?:>|$)/gi) ?? []) {
    if (!meta.endsWith('>')) break;
    const charset = /\bcharset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(meta);
    if (charset) return charset[1].toLowerCase();
  }
  return undefined;
}

type Parent = Root | Element;

function findElement(node: Parent, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Removes what is left out (see the module comment), in place. */
function strip(node: Parent, inSection: boolean): void {
  node.children = (node.children as (RootContent | ElementContent)[]).filter((child) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (LEFT_OUT.has(child.tagName) || (BANNERS.has(child.tagName) && !inSection)) return false;
    strip(child, inSection || SECTIONING.has(child.tagName));
    return true;
  }) as typeof node.children;
}

/** Whether the element's id or one of its classes matches. */
function named(element: Element, pattern: RegExp): boolean {
  const { id, className } = element.properties;
  const names = [typeof id === 'string' ? id : '', ...(Array.isArray(className) ? className.map(String) : [])];
  return names.some((name) => name !== '' && pattern.test(name));
}

function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** The smallest candidate block holding at least half of the page's CJK text, if any. */
function contentBlock(body: Parent, text: (node: Parent) => string): Element | undefined {
  const total = cjkCount(text(body));
  if (total === 0) return undefined;
  let best: Element | undefined;
  let bestCount = Infinity;
  const visit = (node: Parent) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'main' || child.tagName === 'article' || named(child, CONTENT_NAME)) {
        const count = cjkCount(text(child));
        if (count * 2 >= total && count <= bestCount) {
          best = child;
          bestCount = count;
        }
      }
      visit(child);
    }
  };
  visit(body);
  return best;
}

/**
 * The page's title when it stands just outside the content block: the nearest preceding sibling,
 * of the block or of one of its two nearest ancestors, that is a heading (h1–h3) or named a title.
 */
function titleBefore(body: Parent, block: Element): Element | undefined {
  const path = pathTo(body, block);
  if (!path) return undefined;
  for (let depth = path.length - 1; depth >= Math.max(1, path.length - 3); depth--) {
    const parent = path[depth - 1];
    const siblings = parent.children;
    for (let i = siblings.indexOf(path[depth] as ElementContent) - 1; i >= 0; i--) {
      const sibling = siblings[i];
      if (sibling.type !== 'element') continue;
      if (/^h[1-3]$/.test(sibling.tagName) || named(sibling, TITLE_NAME)) return sibling;
    }
  }
  return undefined;
}

/** The nodes from `from` down to `to`, both included. */
function pathTo(from: Parent, to: Element): Parent[] | undefined {
  if (from === to) return [from];
  for (const child of from.children) {
    if (child.type !== 'element') continue;
    const rest = pathTo(child, to);
    if (rest) return [from, ...rest];
  }
  return undefined;
}
