import type { RenderedFile } from '@alignment-glossary/core';
import { h } from 'hastscript';
import { renderPage, searchForm, type SiteContext } from './layout.js';
import { relativeHref } from './url.js';

/** Where the search page's script lives, site-root-relative. */
export const SEARCH_SCRIPT = 'assets/search.js';

/**
 * `search/index.html`: a search box whose results come from the Pagefind index, queried in the browser by
 * `assets/search.js` (no server, works offline). `?q=` pre-fills and runs a query.
 */
export function searchPage(ctx: SiteContext): RenderedFile {
  const file = 'search/index.html';
  return renderPage(ctx, {
    file,
    title: 'Search',
    description: `Search the terms, aliases and definitions of the ${ctx.glossary.config.title}.`,
    section: 'search',
    scripts: [SEARCH_SCRIPT],
    content: [
      h('h1', 'Search'),
      searchForm(relativeHref(file, 'search/'), 'search-page-q', 'Search the glossary'),
      h('p', { id: 'search-status', role: 'status', ariaLive: 'polite' }, 'Type a word to search terms, aliases and definitions.'),
      h('ol', { id: 'search-results', className: ['search-results'] }),
      h('noscript', [
        h('p', ['Search runs in your browser and needs JavaScript. Without it, use the ', h('a', { href: relativeHref(file, 'terms/') }, 'A–Z index'), '.']),
      ]),
    ],
  });
}
