import type { Comparison, RenderedFile } from '@alignment-glossary/core';
import { h } from 'hastscript';
import { comparisonTable } from './comparison-table.js';
import { renderPage, type SiteContext } from './layout.js';
import { termList } from './term-list.js';
import { comparisonUrl, pageFile, relativeHref, termUrl } from './url.js';

/** The page of one comparison, `comparisons/<id>/index.html`: the table and the compared terms' definitions. */
export function comparisonPage(ctx: SiteContext, comparison: Comparison): RenderedFile {
  const file = pageFile(comparisonUrl(comparison.id));
  const termHref = (id: string) => relativeHref(file, termUrl(id));
  const names = comparison.terms.map((id) => ctx.glossary.termsById.get(id)?.term ?? id);
  return renderPage(ctx, {
    file,
    title: comparison.title,
    description: comparison.description ?? `A side-by-side comparison of ${names.join(', ')}.`,
    section: 'comparisons',
    content: [
      h('nav', { ariaLabel: 'Breadcrumb', className: ['crumbs'] }, [h('a', { href: relativeHref(file, 'comparisons/') }, 'Comparisons')]),
      h('h1', comparison.title),
      ...(comparison.description ? [h('p', { className: ['lead'] }, comparison.description)] : []),
      comparisonTable(ctx.glossary, comparison, termHref),
      h('h2', 'The terms compared'),
      termList(ctx.glossary, comparison.terms, termHref),
    ],
  });
}
