import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import type { Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { text } from './build.js';
import type { LinkTarget } from './linker.js';

declare module 'mdast' {
  interface HeadingData {
    /** Anchor key of this heading, e.g. `term:alpha`; links with the same key point here. */
    anchor?: string;
    /** Appended in parentheses when the heading's slug would have no letters or digits (or be empty). */
    anchorFallback?: string;
  }
  interface LinkData {
    /** Anchor key this link points to; its URL is filled in by resolveAnchors. */
    anchor?: string;
  }
}

/** A link node to `target`, carrying its anchor key when the URL is a placeholder. */
export function targetLink(target: LinkTarget, label: Link['children'] | string): Link {
  const children = typeof label === 'string' ? [text(label)] : label;
  return target.anchor === undefined
    ? { type: 'link', url: target.url, children }
    : { type: 'link', url: target.url, children, data: { anchor: target.anchor } };
}

/**
 * Gives every heading of a whole document the id GitHub (and pandoc's `gfm` reader, which uses the same rule)
 * generates for it — github-slugger over the heading text, with `-1`, `-2`… for repeats, in document order —
 * and points every link with an anchor key at its heading. Mutates and returns the tree.
 *
 * @throws when a link's anchor key has no heading (a bug in the renderer, never a content problem).
 */
export function resolveAnchors(tree: Root): Root {
  const slugger = new GithubSlugger();
  const ids = new Map<string, string>();
  const links: Link[] = [];
  // One pass in document order: headings get their ids as they come, links wait until all ids are known.
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const fallback = node.data?.anchorFallback;
      if (fallback !== undefined && !/[\p{L}\p{N}]/u.test(githubSlug(toString(node)))) node.children.push(text(` (${fallback})`));
      const id = slugger.slug(toString(node));
      const key = node.data?.anchor;
      if (key !== undefined && !ids.has(key)) ids.set(key, id);
    } else if (node.type === 'link' && node.data?.anchor !== undefined) {
      links.push(node);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  for (const node of links) {
    const key = node.data!.anchor!;
    const id = ids.get(key);
    if (id === undefined) throw new Error(`render-markdown: no heading has the anchor "${key}"`);
    node.url = `#${id}`;
  }
  return tree;
}
