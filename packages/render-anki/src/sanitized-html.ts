import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Image, ImageReference, Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { escapeHtml } from './escape-html.js';
import { resolveHref, type LinkContext } from './resolve-href.js';

/**
 * What may reach the reviewer: text formatting, lists, tables and http(s) links. No images, media, frames,
 * forms, styles, scripts, classes, ids or event handlers; anything else is unwrapped to its text.
 */
export const SCHEMA: Schema = {
  tagNames: [
    'p', 'br', 'hr', 'strong', 'em', 'del', 'code', 'pre', 'kbd', 'sub', 'sup', 'blockquote', 'ul', 'ol', 'li', 'a',
    'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  attributes: { a: ['href'], ol: ['start'], th: ['align'], td: ['align'] },
  protocols: { href: ['http', 'https'] },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  strip: [
    'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'object', 'embed', 'img', 'picture', 'video',
    'audio', 'source', 'track', 'svg', 'math', 'link', 'meta', 'base', 'form', 'input', 'button', 'select',
    'textarea',
  ],
  clobber: [],
  clobberPrefix: '',
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

const altText = (_state: unknown, node: Image | ImageReference): ElementContent => ({ type: 'text', value: node.alt ?? '' });

/** Rewrites every `<a>`: `term:` and relative links to absolute URLs; unusable links are unwrapped to their text. */
function rewriteLinks(node: HastRoot | Element, context: LinkContext): void {
  const out: (RootContent & ElementContent)[] = [];
  for (const child of node.children as (RootContent & ElementContent)[]) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    rewriteLinks(child, context);
    if (child.tagName === 'a') {
      const href = typeof child.properties.href === 'string' ? resolveHref(child.properties.href, context) : undefined;
      if (href === undefined) {
        out.push(...(child.children as (RootContent & ElementContent)[]));
        continue;
      }
      child.properties = { href };
    }
    out.push(child);
  }
  node.children = out;
}

/** Replaces text nodes with raw nodes escaped by {@link escapeHtml}, so Anki syntax in text stays inert. */
function escapeText(node: HastNodes): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type === 'text') return { type: 'raw', value: escapeHtml(child.value) } as unknown as typeof child;
    escapeText(child);
    return child;
  }) as typeof node.children;
}

/**
 * The reference rendering of an explanation: mdast-util-to-hast, links rewritten with {@link resolveHref},
 * hast-util-sanitize against {@link SCHEMA}, text escaped with {@link escapeHtml}, hast-util-to-html. Raw HTML is
 * dropped and images become their alt text. Handles every mdast node type; see fast-html.ts for the fast path.
 *
 * @param tree the mdast tree, as parsed by core; it is not modified.
 * @param context how to resolve links.
 * @returns an HTML string.
 */
export function sanitizedHtml(tree: MdastRoot, context: LinkContext): string {
  const hast = toHast(tree, { handlers: { image: altText, imageReference: altText } }) as HastRoot;
  rewriteLinks(hast, context);
  const clean = sanitize(hast, SCHEMA) as HastRoot;
  escapeText(clean);
  return toHtml(clean, { allowDangerousHtml: true }).trim();
}
