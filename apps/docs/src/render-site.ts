import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import { h } from 'hastscript';
import { categoryPage } from './category-page.js';
import { comparisonPage } from './comparison-page.js';
import type { Download } from './download.js';
import { downloadsPage } from './downloads-page.js';
import { FAVICON_SVG } from './favicon.js';
import { homePage } from './home-page.js';
import { renderPage, type SiteContext } from './layout.js';
import { categoriesIndexPage, comparisonsIndexPage } from './listing-pages.js';
import { mapPage } from './map-page.js';
import { notFoundPage } from './not-found-page.js';
import { SEARCH_JS, SITE_JS } from './scripts.js';
import { SEARCH_SCRIPT, searchPage } from './search-page.js';
import { SITE_CSS } from './site-css.js';
import { SITE_SCRIPT, termPage } from './term-page.js';
import { termsIndexPage } from './terms-index-page.js';
import { downloadUrl, pageFile, relativeHref, termUrl } from './url.js';

/** The repository the site links to for sources and contributing. */
export const REPOSITORY_URL = 'https://github.com/alignment-glossary/alignment-glossary';

/** Options of {@link renderSite}. */
export interface RenderSiteOptions {
  /** The release the site shows in its footer (the data package's version). */
  readonly version: string;
  /** Term id → that term's JSON-LD document (render-jsonld's `terms/<id>.jsonld`), embedded in its page. (optional) */
  readonly jsonLd?: ReadonlyMap<string, string>;
  /** Files from the other targets to republish under `downloads/`. (optional) */
  readonly downloads?: readonly Download[];
  /** Where "edit this term" and contributing links point. Default {@link REPOSITORY_URL}. (optional) */
  readonly repositoryUrl?: string;
}

/**
 * Renders the docs site: a pure function from the validated glossary to the site's files (HTML pages, the
 * stylesheet, the search script, the icon and the downloads), sorted by path. No fs, no clock, no network: the
 * same glossary and options give byte-identical files. The search index is built from these pages afterwards
 * (see buildSearchIndex).
 *
 * Pages: `index.html`, `terms/` (A–Z) and `terms/<id>/`, `categories/` and `categories/<id>/` (non-empty
 * categories), `comparisons/` and `comparisons/<id>/`, `map/`, `downloads/`, `search/`, `404.html`, and for each
 * former id a page at `terms/<former-id>/` that redirects to the term.
 */
export function renderSite(glossary: Glossary, options: RenderSiteOptions): RenderedFile[] {
  const ctx: SiteContext = { glossary, version: options.version, repositoryUrl: options.repositoryUrl ?? REPOSITORY_URL };
  const downloads = options.downloads ?? [];
  const names = new Set<string>();
  for (const d of downloads) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(d.name)) throw new Error(`download name "${d.name}" must be a plain file name (letters, digits, ".", "_", "-")`);
    if (names.has(d.name)) throw new Error(`two downloads are named "${d.name}"; give them distinct file names`);
    names.add(d.name);
  }
  const files: RenderedFile[] = [
    homePage(ctx, downloads),
    notFoundPage(ctx),
    termsIndexPage(ctx),
    ...glossary.terms.map((t) => termPage(ctx, t, options.jsonLd?.get(t.id))),
    ...glossary.terms.flatMap((t) => t.formerIds.filter((id) => !glossary.termsById.has(id)).map((id) => redirectPage(ctx, id, t.id, t.term))),
    categoriesIndexPage(ctx),
    ...glossary.categories.filter((c) => (glossary.termsByCategory.get(c.id) ?? []).length > 0).map((c) => categoryPage(ctx, c)),
    comparisonsIndexPage(ctx),
    ...glossary.comparisons.map((c) => comparisonPage(ctx, c)),
    mapPage(ctx),
    searchPage(ctx),
    downloadsPage(ctx, downloads),
    ...downloads.map((d) => ({ path: downloadUrl(d.name), contents: d.contents })),
    { path: 'assets/site.css', contents: SITE_CSS },
    { path: SEARCH_SCRIPT, contents: SEARCH_JS },
    { path: SITE_SCRIPT, contents: SITE_JS },
    { path: 'favicon.svg', contents: FAVICON_SVG },
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A page at a former id that sends readers (and crawlers, via the canonical link) to the renamed term. */
function redirectPage(ctx: SiteContext, formerId: string, id: string, label: string): RenderedFile {
  const file = pageFile(termUrl(formerId));
  const target = relativeHref(file, termUrl(id));
  return renderPage(ctx, {
    file,
    title: label,
    description: `"${formerId}" is now "${id}".`,
    canonical: termUrl(id),
    head: [h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` })],
    content: [h('h1', label), h('p', ['This term has moved: ', h('a', { href: target }, [h('bdi', label)]), '.'])],
  });
}
