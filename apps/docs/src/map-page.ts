import type { RenderedFile } from '@alignment-glossary/core';
import { h } from 'hastscript';
import { glossaryMapSvg } from './glossary-map-svg.js';
import { renderPage, type SiteContext } from './layout.js';
import { scrollRegion } from './term-list.js';
import { categoryUrl, relativeHref, termUrl } from './url.js';

/** `map/index.html`: the whole glossary as one picture, a column per category, with a pointer to the text views. */
export function mapPage(ctx: SiteContext): RenderedFile {
  const file = 'map/index.html';
  const href = (to: string) => relativeHref(file, to);
  const svg = glossaryMapSvg(ctx.glossary, { termHref: (id) => href(termUrl(id)), categoryHref: (id) => href(categoryUrl(id)) });
  return renderPage(ctx, {
    file,
    title: 'Map',
    description: `Every term of the ${ctx.glossary.config.title} and the relations between them, in one picture.`,
    section: 'map',
    wide: true,
    content: [
      h('h1', 'Map of the glossary'),
      h('p', { className: ['lead'] }, [
        'Each column is a category, its terms A–Z; each curve is a relation, coloured by kind. Select a term to open it. ',
        'The same information as text: ',
        h('a', { href: href('terms/') }, 'terms A–Z'),
        ' and ',
        h('a', { href: href('categories/') }, 'categories'),
        '.',
      ]),
      scrollRegion('Map of the glossary', 'map-scroll', svg),
    ],
  });
}
