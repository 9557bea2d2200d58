import type { RenderedFile } from '@alignment-glossary/core';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { downloadTitle, type Download, type DownloadKind } from './download.js';
import { renderPage, searchForm, type SiteContext } from './layout.js';
import { categoryUrl, downloadUrl, relativeHref } from './url.js';

/** The npm page of the data package. */
export const NPM_PACKAGE_URL = 'https://www.npmjs.com/package/alignment-glossary';

/**
 * `index.html`: what the glossary is, a search box, the categories, the four ways to use the glossary (npm
 * package, Anki decks, books, JSON-LD) with direct download links, and how to contribute.
 */
export function homePage(ctx: SiteContext, downloads: readonly Download[]): RenderedFile {
  const file = 'index.html';
  const { glossary } = ctx;
  const href = (to: string) => relativeHref(file, to);
  const categories = glossary.categories.filter((c) => (glossary.termsByCategory.get(c.id) ?? []).length > 0);
  const links = (kinds: readonly DownloadKind[]): ElementContent => {
    const files = downloads.filter((d) => kinds.includes(d.kind));
    if (!files.length) return h('p', { className: ['notice'] }, 'Not part of this build; see Downloads.');
    return h('ul', files.map((d) => h('li', [h('a', { href: href(downloadUrl(d.name)), download: d.name }, downloadTitle(glossary, d))])));
  };
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const card = (title: string, body: ElementContent[]) => h('section', { className: ['card'] }, [h('h3', title), ...body]);
  return renderPage(ctx, {
    file,
    title: glossary.config.title,
    description: glossary.config.description,
    section: 'home',
    content: [
      h('h1', glossary.config.title),
      h('p', { className: ['lead'] }, glossary.config.description),
      searchForm(href('search/'), 'home-search', 'Search the glossary'),
      h('p', { className: ['stats'] }, [
        `${plural(glossary.terms.length, 'term')} in ${plural(categories.length, 'category', 'categories')}, `,
        `${plural(glossary.comparisons.length, 'comparison')} and ${plural(glossary.edges.length, 'written relation')}. `,
        'Every stable term has a definition, an explanation, examples, questions and answers, and sources you can check.',
      ]),
      h('h2', 'Browse'),
      h('ul', { className: ['card-list', 'categories'] }, categories.map((c) =>
        h('li', [
          h('a', { href: href(categoryUrl(c.id)) }, c.title),
          h('span', { className: ['count'] }, ` (${glossary.termsByCategory.get(c.id)?.length ?? 0})`),
          h('span', { className: ['definition'] }, c.description),
        ]),
      )),
      h('p', [
        'Or see ',
        h('a', { href: href('terms/') }, 'all terms A–Z'),
        ', the ',
        h('a', { href: href('comparisons/') }, 'comparisons'),
        ' of easily confused terms, and the ',
        h('a', { href: href('map/') }, 'map of the whole glossary'),
        '.',
      ]),
      h('h2', 'Four ways to use it'),
      h('div', { className: ['cards'] }, [
        card('In your code: the npm package', [
          h('p', 'Every term as typed data — definitions, aliases, relations, comparisons and sources — plus the JSON-LD graph.'),
          h('pre', [h('code', 'npm install alignment-glossary')]),
          h('p', [h('a', { href: NPM_PACKAGE_URL }, 'alignment-glossary on npm')]),
        ]),
        card('To learn: Anki decks', [h('p', 'Flashcards for spaced repetition, one deck per book.'), links(['anki'])]),
        card('To read: books', [h('p', 'The glossary arranged as books, each in a single file to read offline.'), links(['book-markdown', 'book-epub'])]),
        card('For linked data: JSON-LD and Turtle', [
          h('p', 'The glossary as a SKOS concept scheme. Each term page embeds its own JSON-LD too.'),
          links(['jsonld', 'turtle']),
        ]),
      ]),
      h('p', ['All files, with sizes and checksums: ', h('a', { href: href('downloads/') }, 'Downloads'), '.']),
      h('h2', 'Contributing'),
      h('p', [
        'The glossary lives in plain files: one Markdown file per term, with YAML front matter for the definition, ',
        'relations and sources. Add or improve a term, check it with ',
        h('code', 'npx glossary validate'),
        ', and open a pull request. This site, the books, the decks and the data are all rebuilt from the same files.',
      ]),
      h('ul', [
        h('li', [h('a', { href: ctx.repositoryUrl }, 'The repository')]),
        h('li', [h('a', { href: `${ctx.repositoryUrl}/blob/main/content/README.md` }, 'How a term file is written')]),
      ]),
    ],
  });
}
