import type { RenderedFile } from '@alignment-glossary/core';
import { h } from 'hastscript';
import { renderPage, type SiteContext } from './layout.js';

/**
 * `404.html`, served for any missing path. It is shown at the missing URL, so its links start from the site root
 * (`/`) instead of being relative to its own file.
 */
export function notFoundPage(ctx: SiteContext): RenderedFile {
  return renderPage(ctx, {
    file: '404.html',
    absoluteRoot: '/',
    canonical: false,
    title: 'Page not found',
    description: 'This page does not exist.',
    content: [
      h('h1', 'Page not found'),
      h('p', 'There is no page at this address. The term may have been renamed: try the search box above, or the A–Z index in the menu.'),
    ],
  });
}
