/**
 * Where every page and asset of the site lives. Paths are relative to the site root, with forward slashes;
 * pages are `<dir>/index.html` so their URLs end in `/`.
 */

/** The site-root-relative URL of a term page, e.g. `terms/inner-alignment/`. */
export const termUrl = (id: string): string => `terms/${id}/`;
/** The URL of a category page. */
export const categoryUrl = (id: string): string => `categories/${id}/`;
/** The URL of a comparison page. */
export const comparisonUrl = (id: string): string => `comparisons/${id}/`;
/** The URL of a downloadable file copied into the site. */
export const downloadUrl = (name: string): string => `downloads/${name}`;

/** The file that serves a directory-style URL: `terms/x/` → `terms/x/index.html`, `` → `index.html`. */
export function pageFile(url: string): string {
  return url === '' || url.endsWith('/') ? `${url}index.html` : url;
}

/**
 * A relative href from the page stored at `fromFile` to the site-root-relative `to` (a directory URL ending in
 * `/`, a file, or either with a `#fragment`). Relative links keep the site working under any base path.
 *
 * @param fromFile the linking page's file, e.g. `terms/alpha/index.html`
 * @param to the target, e.g. `terms/beta/`, `assets/site.css`, `` for the home page
 * @returns e.g. `../beta/`, `../../assets/site.css`, `../../`
 */
export function relativeHref(fromFile: string, to: string): string {
  const hash = to.indexOf('#');
  const fragment = hash === -1 ? '' : to.slice(hash);
  const target = hash === -1 ? to : to.slice(0, hash);
  const fromDir = fromFile.split('/').slice(0, -1);
  const toParts = target.split('/');
  const toDir = toParts.slice(0, -1);
  const last = toParts[toParts.length - 1] ?? '';
  let common = 0;
  while (common < fromDir.length && common < toDir.length && fromDir[common] === toDir[common]) common++;
  const up = '../'.repeat(fromDir.length - common);
  const down = toDir.slice(common).map((s) => `${s}/`).join('');
  const href = `${up}${down}${last}`;
  if (href === '') return fragment === '' ? './' : fragment;
  return `${href}${fragment}`;
}
