import { slug as githubSlug } from 'github-slugger';
import type { Heading, Link, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { text } from './build.js';
import { memoizedLinker, type Linker, type LinkTarget } from './linker.js';

declare module 'mdast' {
  interface HeadingData {
    /** Anchor key of this heading, e.g. `term:alpha`; links with the same key point here. */
    anchor?: string;
    /** Appended in parentheses when the heading's slug would have no letters or digits (or be empty). */
    anchorFallback?: string;
  }
  interface LinkData {
    /** Anchor key this link points to, when its URL is a placeholder (see anchoredLinker). */
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

/** Calls `visit` on every heading among `nodes`, in document order (headings only sit in flow content). */
function forEachHeading(nodes: readonly Nodes[], visit: (heading: Heading) => void): void {
  for (const node of nodes) {
    if (node.type === 'heading') visit(node);
    else if ('children' in node && node.type !== 'paragraph' && node.type !== 'table') forEachHeading(node.children, visit);
  }
}

/** A heading's text (mdast-util-to-string's, without a walk for the usual single text child). */
function plainText(heading: Heading): string {
  const only = heading.children.length === 1 ? heading.children[0]! : undefined;
  return only?.type === 'text' ? only.value : toString(heading);
}

/** The text of a heading, with its fallback id in parentheses when its slug would have no letters or digits. */
function headingText(heading: Heading, slug: (text: string) => string = githubSlug): string {
  const text = plainText(heading);
  const fallback = heading.data?.anchorFallback;
  return fallback === undefined || /[\p{L}\p{N}]/u.test(slug(text)) ? text : `${text} (${fallback})`;
}

/** Whether `heading` is written with its fallback id (see HeadingIds). */
const takesFallback = (heading: Heading) => heading.data?.anchorFallback !== undefined && headingText(heading) !== plainText(heading);

/** Adds the fallback ids (see HeadingIds) to the headings among `nodes`, which are changed in place (once). */
export function addAnchorFallbacks(nodes: readonly Nodes[]): void {
  forEachHeading(nodes, (heading) => {
    if (takesFallback(heading)) heading.children.push(text(` (${heading.data!.anchorFallback})`));
  });
}

/** Whether addAnchorFallbacks would change a heading among `nodes`. */
export function needsAnchorFallbacks(nodes: readonly Nodes[]): boolean {
  let needs = false;
  forEachHeading(nodes, (heading) => void (needs ||= takesFallback(heading)));
  return needs;
}

/**
 * The ids of a document's headings, given part by part in document order: the id GitHub (and pandoc's `gfm`
 * reader, which uses the same rule) generates for each — github-slugger over the heading text, with `-1`,
 * `-2`… for repeats. A heading whose slug would have no letters or digits counts with its `anchorFallback` in
 * parentheses, which addAnchorFallbacks then writes into it. Headings with an anchor key can be looked up.
 */
export class HeadingIds {
  /** github-slugger's slug of each heading text seen: a book repeats its section titles thousands of times. */
  readonly #slugs = new Map<string, string>();
  /** Per slug given out, how often its base slug has been repeated (github-slugger's `occurrences`). */
  readonly #occurrences = new Map<string, number>();
  readonly #ids = new Map<string, string>();

  readonly #slug = (text: string): string => {
    let slug = this.#slugs.get(text);
    if (slug === undefined) this.#slugs.set(text, (slug = githubSlug(text)));
    return slug;
  };

  /** Numbers the headings of the next part of the document (without changing them). */
  add(nodes: readonly Nodes[]): void {
    forEachHeading(nodes, (heading) => {
      // GithubSlugger#slug: the slug, then `-1`, `-2`… until it is one not given out yet.
      const base = this.#slug(headingText(heading, this.#slug));
      let id = base;
      while (this.#occurrences.has(id)) {
        const repeats = this.#occurrences.get(base)! + 1;
        this.#occurrences.set(base, repeats);
        id = `${base}-${repeats}`;
      }
      this.#occurrences.set(id, 0);
      const key = heading.data?.anchor;
      if (key !== undefined && !this.#ids.has(key)) this.#ids.set(key, id);
    });
  }

  /**
   * The id of the first heading with anchor key `key`.
   *
   * @throws when no heading has the key (a bug in the renderer, never a content problem).
   */
  id(key: string): string {
    const id = this.#ids.get(key);
    if (id === undefined) throw new Error(`render-markdown: no heading has the anchor "${key}"`);
    return id;
  }
}

/** `linker` with its anchor placeholders replaced by `#<id>` links to the headings numbered in `ids`. */
export function anchoredLinker(linker: Linker, ids: HeadingIds): Linker {
  const resolve = (target: LinkTarget): LinkTarget => (target.anchor === undefined ? target : { url: `#${ids.id(target.anchor)}` });
  return memoizedLinker({ term: (id) => resolve(linker.term(id)), chapter: (slug) => resolve(linker.chapter(slug)) });
}
