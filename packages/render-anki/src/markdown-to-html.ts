import type { Root } from 'mdast';
import { fastHtml } from './fast-html.js';
import type { LinkContext } from './resolve-href.js';
import { sanitizedHtml } from './sanitized-html.js';

/**
 * Renders a parsed explanation (mdast) to HTML that is safe to show in Anki: only allow-listed formatting, links
 * as absolute http(s) URLs (`term:` links point to the docs site), raw HTML dropped, images reduced to their alt
 * text, and all text escaped, including Anki's own `[`, `{` and `}` syntax. The reference implementation is
 * {@link sanitizedHtml} (mdast-util-to-hast, hast-util-sanitize, hast-util-to-html); common trees take
 * {@link fastHtml}, which gives the same output without building a hast tree.
 *
 * @param tree the mdast tree, as parsed by core; it is not modified.
 * @param context how to resolve links.
 * @returns an HTML string.
 */
export function markdownToHtml(tree: Root, context: LinkContext): string {
  return fastHtml(tree, context) ?? sanitizedHtml(tree, context);
}
