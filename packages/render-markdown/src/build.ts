/**
 * Tiny mdast builders, in the spirit of unist-builder: each returns one node, so renderers can build trees
 * without assembling Markdown text. The serializer does all escaping.
 */
import type {
  Code, Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Text,
} from 'mdast';

/** A text node. */
export const text = (value: string): Text => ({ type: 'text', value });

/** A paragraph of phrasing content (strings become text nodes). */
export const paragraph = (...children: (PhrasingContent | string)[]): Paragraph => ({
  type: 'paragraph',
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});

/** A heading of `depth` (clamped to 1–6) with phrasing content (strings become text nodes). */
export const heading = (depth: number, ...children: (PhrasingContent | string)[]): Heading => ({
  type: 'heading',
  depth: Math.min(6, Math.max(1, depth)) as Heading['depth'],
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});

/** A link whose text is `label` (or the given phrasing nodes). */
export const link = (url: string, label: string | PhrasingContent[]): Link => ({
  type: 'link',
  url,
  children: typeof label === 'string' ? [text(label)] : label,
});

/** Strong emphasis around a string. */
export const strong = (value: string): Strong => ({ type: 'strong', children: [text(value)] });

/** A tight list; each item is a paragraph of phrasing content, optionally followed by a nested list. */
export const list = (items: ListItem[], ordered = false): List => ({ type: 'list', ordered, spread: false, children: items });

/** A list item holding one paragraph and, optionally, a nested list. */
export const listItem = (content: (PhrasingContent | string)[], nested?: List): ListItem => ({
  type: 'listItem',
  spread: false,
  children: nested ? [paragraph(...content), nested] : [paragraph(...content)],
});

/** A fenced code block. */
export const code = (lang: string, value: string): Code => ({ type: 'code', lang, value });

/** A root node. */
export const root = (children: RootContent[]): Root => ({ type: 'root', children });

/** Joins phrasing items with a separator string, e.g. links with ", ". */
export function joinPhrasing(items: PhrasingContent[], separator: string): PhrasingContent[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [text(separator), item]));
}

/** The full stop to put after `value`: "." unless it already ends with ".", "?" or "!". */
export const stopAfter = (value: string): string => (/[.?!]$/.test(value) ? '' : '.');

/** `value` with a full stop added, unless it already ends with one. */
export const withStop = (value: string): string => value + stopAfter(value);
