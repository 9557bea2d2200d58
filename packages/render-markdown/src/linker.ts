import type { BookPlan } from './plan-book.js';

/** How a page links to things: term pages, chapter pages and the book's fixed pages. */
export interface Linker {
  /** A link to a term, and the anchor key a single-file book resolves it by (absent for external URLs). */
  term(id: string): LinkTarget;
  /** A link to a chapter's introduction. */
  chapter(slug: string): LinkTarget;
}

/** A link's URL; `anchor` is set when the URL is a placeholder for an in-document anchor (see anchoredLinker). */
export interface LinkTarget {
  readonly url: string;
  readonly anchor?: string;
}

/** The docs-site URL of a term: `<siteUrl>/terms/<id>/`. */
export function siteTermUrl(siteUrl: string, id: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/terms/${id}/`;
}

/** Anchor key of a term's heading in a single-file book. */
export const termAnchor = (id: string) => `term:${id}`;
/** Anchor key of a chapter's heading in a single-file book. */
export const chapterAnchor = (slug: string) => `chapter:${slug}`;

/** The path of a page under the mdBook `src/` folder. */
export const mdBookPaths = {
  introduction: 'introduction.md',
  index: 'a-z-index.md',
  chapter: (slug: string) => `${slug}.md`,
  term: (slug: string, id: string) => `${slug}/${id}.md`,
};

/** `to` relative to the folder of `from`; both are paths under the same root, with forward slashes. */
export function relativePath(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  return [...fromDirs.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** `linker`, remembering its answers: a book links the same terms over and over. */
export function memoizedLinker(linker: Linker): Linker {
  const terms = new Map<string, LinkTarget>();
  const chapters = new Map<string, LinkTarget>();
  const remember = (cache: Map<string, LinkTarget>, key: string, get: (key: string) => LinkTarget) => {
    let target = cache.get(key);
    if (target === undefined) cache.set(key, (target = get(key)));
    return target;
  };
  return { term: (id) => remember(terms, id, linker.term), chapter: (slug) => remember(chapters, slug, linker.chapter) };
}

/** Per plan, the mdBook linker of each folder: pages in one folder link everything alike. */
const folderLinkers = new WeakMap<BookPlan, Map<string, Linker>>();

/**
 * Links for an mdBook page at `page` (a path under `src/`): terms in the book get a relative `.md` path, which
 * mdBook rewrites to `.html`; terms outside the book get their docs-site URL.
 */
export function mdBookLinker(plan: BookPlan, page: string): Linker {
  let byFolder = folderLinkers.get(plan);
  if (byFolder === undefined) folderLinkers.set(plan, (byFolder = new Map()));
  const folder = page.slice(0, page.lastIndexOf('/') + 1);
  let linker = byFolder.get(folder);
  if (linker === undefined) {
    linker = memoizedLinker({
      term(id) {
        const slug = plan.homes.get(id);
        return { url: slug === undefined ? siteTermUrl(plan.book.siteUrl, id) : relativePath(page, mdBookPaths.term(slug, id)) };
      },
      chapter: (slug) => ({ url: relativePath(page, mdBookPaths.chapter(slug)) }),
    });
    byFolder.set(folder, linker);
  }
  return linker;
}

/**
 * Links for a single-file book: terms in the book get an anchor placeholder, resolved to the heading's
 * GitHub-style slug once the whole document is built; terms outside the book get their docs-site URL.
 */
export function singleFileLinker(plan: BookPlan): Linker {
  return {
    term(id) {
      return plan.homes.has(id) ? { url: '#', anchor: termAnchor(id) } : { url: siteTermUrl(plan.book.siteUrl, id) };
    },
    chapter: (slug) => ({ url: '#', anchor: chapterAnchor(slug) }),
  };
}
