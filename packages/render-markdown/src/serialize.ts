import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Handle, type Options, type Unsafe } from 'mdast-util-to-markdown';
import { FAST_HANDLERS } from './fast-handlers.js';

/**
 * Text that a GFM reader (GitHub, pandoc `--from gfm`) would turn into strikethrough, an autolink literal or a
 * footnote call: the escapes of mdast-util-gfm's strikethrough, autolink-literal and footnote extensions. The
 * trees never hold those constructs (term bodies are CommonMark + tables), so their handlers are not needed, but
 * the books are read as GFM, and a bare `www.x` or `~x~` in the source must stay text there.
 */
const GFM_READER_UNSAFE: Unsafe[] = [
  { character: '~', inConstruct: 'phrasing', notInConstruct: ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'] },
  { character: '@', before: '[+\\-.\\w]', after: '[\\-.\\w]', inConstruct: 'phrasing', notInConstruct: ['autolink', 'link', 'image', 'label'] },
  { character: '.', before: '[Ww]', after: '[\\-.\\w]', inConstruct: 'phrasing', notInConstruct: ['autolink', 'link', 'image', 'label'] },
  { character: ':', before: '[ps]', after: '\\/', inConstruct: 'phrasing', notInConstruct: ['autolink', 'link', 'image', 'label'] },
  { character: '[', inConstruct: ['label', 'phrasing', 'reference'] },
];

/** How every emitted Markdown file is written: the serializer's settings, with its own handlers. */
export const MARKDOWN_STYLE: Options = {
  extensions: [gfmTableToMarkdown(), { unsafe: GFM_READER_UNSAFE }],
  bullet: '-',
  bulletOther: '*',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  // `{` is escaped in text: mdBook's preprocessor would expand `{{#include …}}`, and mdBook (pulldown-cmark)
  // and pandoc read a trailing `{#id}` on a heading as attributes. `\{` is a plain CommonMark escape.
  unsafe: [{ character: '{', inConstruct: 'phrasing' }],
};

/** MARKDOWN_STYLE with FAST_HANDLERS: the same output, several times faster. */
export const TO_MARKDOWN_OPTIONS: Options = {
  ...MARKDOWN_STYLE,
  extensions: [...(MARKDOWN_STYLE.extensions ?? []), { handlers: FAST_HANDLERS }],
};

/** Serializes an mdast tree to Markdown (CommonMark + GFM tables). */
export function serialize(tree: Root): string {
  return toMarkdown(tree, TO_MARKDOWN_OPTIONS);
}

/**
 * Serializes flow content as one part of a larger document: what serialize gives, without the line ending
 * it adds at the very end of a document.
 */
export function serializePart(tree: Root): string {
  let flow = '';
  const root = (...args: Parameters<Handle>) => (flow = FAST_HANDLERS.root!(...args));
  toMarkdown(tree, { ...TO_MARKDOWN_OPTIONS, extensions: [...(TO_MARKDOWN_OPTIONS.extensions ?? []), { handlers: { root } }] });
  return flow;
}

/**
 * Joins document parts from serializePart into a document, exactly as serialize would write all their blocks
 * as one tree, provided that each part after the first starts with a heading: the serializer separates
 * top-level blocks with a blank line, and carries no state into a heading (only a list right after a list
 * depends on the one before). Empty parts are skipped, as empty content adds nothing.
 */
export function joinParts(parts: readonly string[]): string {
  const document = parts.filter((part) => part !== '').join('\n\n');
  const last = document.at(-1);
  return last === undefined || last === '\n' || last === '\r' ? document : `${document}\n`;
}
