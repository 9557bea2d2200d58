import type { RenderedFile } from '@alignment-glossary/core';
import { h } from 'hastscript';
import { renderPage, type SiteContext } from './layout.js';
import { categoryUrl, comparisonUrl, relativeHref, termUrl } from './url.js';

/** `categories/index.html`: every category that has terms, in category order, with its description and size. */
export function categoriesIndexPage(ctx: SiteContext): RenderedFile {
  const file = 'categories/index.html';
  const { glossary } = ctx;
  const categories = glossary.categories.filter((c) => (glossary.termsByCategory.get(c.id) ?? []).length > 0);
  return renderPage(ctx, {
    file,
    title: 'Categories',
    description: `The ${categories.length} categories of the ${glossary.config.title}.`,
    section: 'categories',
    content: [
      h('h1', 'Categories'),
      h(
        'ul',
        { className: ['card-list'] },
        categories.map((c) => {
          const n = glossary.termsByCategory.get(c.id)?.length ?? 0;
          return h('li', [
            h('a', { href: relativeHref(file, categoryUrl(c.id)) }, c.title),
            h('span', { className: ['count'] }, ` (${n} ${n === 1 ? 'term' : 'terms'})`),
            h('span', { className: ['definition'] }, c.description),
          ]);
        }),
      ),
    ],
  });
}

/** `comparisons/index.html`: every comparison with its description and the terms it compares. */
export function comparisonsIndexPage(ctx: SiteContext): RenderedFile {
  const file = 'comparisons/index.html';
  const { glossary } = ctx;
  return renderPage(ctx, {
    file,
    title: 'Comparisons',
    description: `Side-by-side comparisons of terms that are easily confused.`,
    section: 'comparisons',
    content: [
      h('h1', 'Comparisons'),
      h('p', { className: ['lead'] }, 'Side-by-side tables of terms that are often confused or defined against each other.'),
      h(
        'ul',
        { className: ['card-list'] },
        glossary.comparisons.map((c) =>
          h('li', [
            h('a', { href: relativeHref(file, comparisonUrl(c.id)) }, c.title),
            h('span', { className: ['definition'] }, [
              c.description ? `${c.description} ` : '',
              'Compares ',
              ...c.terms.flatMap((id, i) => [
                i === 0 ? '' : i === c.terms.length - 1 ? ' and ' : ', ',
                h('a', { href: relativeHref(file, termUrl(id)) }, [h('bdi', glossary.termsById.get(id)?.term ?? id)]),
              ]),
              '.',
            ]),
          ]),
        ),
      ),
    ],
  });
}
