import type { Category, RenderedFile } from '@alignment-glossary/core';
import { h } from 'hastscript';
import { renderPage, type SiteContext } from './layout.js';
import { termList } from './term-list.js';
import { categoryUrl, pageFile, relativeHref, termUrl } from './url.js';

/** The page of one category, `categories/<id>/index.html`: its description and its terms A–Z with definitions. */
export function categoryPage(ctx: SiteContext, category: Category): RenderedFile {
  const file = pageFile(categoryUrl(category.id));
  const ids = ctx.glossary.termsByCategory.get(category.id) ?? [];
  return renderPage(ctx, {
    file,
    title: category.title,
    description: category.description,
    section: 'categories',
    content: [
      h('nav', { ariaLabel: 'Breadcrumb', className: ['crumbs'] }, [h('a', { href: relativeHref(file, 'categories/') }, 'Categories')]),
      h('h1', category.title),
      h('p', { className: ['lead'] }, category.description),
      h('p', `${ids.length} ${ids.length === 1 ? 'term' : 'terms'}, A–Z.`),
      termList(ctx.glossary, ids, (id) => relativeHref(file, termUrl(id))),
    ],
  });
}
