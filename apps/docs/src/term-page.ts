import { compareLabels, RELATION_LABELS, type RenderedFile, type Source, type Term } from '@alignment-glossary/core';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { comparisonTable } from './comparison-table.js';
import { diagramSvg } from './diagram-svg.js';
import { explanationToHast } from './explanation-to-hast.js';
import { jsonLdScript } from './json-ld-script.js';
import { renderPage, type SiteContext } from './layout.js';
import { relationGraphSvg } from './relation-graph-svg.js';
import { GRAPH_KIND_ORDER } from './relation-style.js';
import { scrollRegion, termList } from './term-list.js';
import { categoryUrl, comparisonUrl, pageFile, relativeHref, termUrl } from './url.js';

/** The script that centres wide pictures on small screens, site-root-relative. */
export const SITE_SCRIPT = 'assets/site.js';

/**
 * The page of one term, `terms/<id>/index.html`: definition, explanation (term links resolved), examples,
 * diagrams, comparison tables, FAQ, relations (a picture and lists by kind), sources, and the term's JSON-LD in
 * the head. The article is what Pagefind indexes; navigation, relations and sources are left out of the index so
 * a search matches a term by its own words.
 *
 * @param jsonLd the term's JSON-LD document, embedded when given (optional)
 */
export function termPage(ctx: SiteContext, term: Term, jsonLd?: string): RenderedFile {
  const { glossary } = ctx;
  const file = pageFile(termUrl(term.id));
  const href = (to: string) => relativeHref(file, to);
  const termHref = (id: string) => href(termUrl(id));
  const category = glossary.categories.find((c) => c.id === term.category);
  const relations = glossary.relations.get(term.id);
  const comparisons = (glossary.comparisonsByTerm.get(term.id) ?? []).flatMap((id) => glossary.comparisons.filter((c) => c.id === id));
  const diagrams = (glossary.diagramsByTerm.get(term.id) ?? []).flatMap((id) => glossary.diagrams.filter((d) => d.id === id));
  const hasRelations = relations !== undefined && GRAPH_KIND_ORDER.some((k) => (relations[k] ?? []).length > 0);

  const sections: { id: string; title: string; body: ElementContent[]; index: boolean }[] = [];
  sections.push({
    id: 'explanation',
    title: 'Explanation',
    index: true,
    body: explanationToHast(term.explanation, { termHref: (id) => (glossary.termsById.has(id) ? termHref(id) : undefined) }),
  });
  if (term.examples.length) {
    sections.push({
      id: 'examples',
      title: term.examples.length === 1 ? 'Example' : 'Examples',
      index: true,
      body: term.examples.flatMap((ex) => [h('h3', ex.title), h('p', ex.text)]),
    });
  }
  if (diagrams.length) {
    sections.push({
      id: 'diagrams',
      title: diagrams.length === 1 ? 'Diagram' : 'Diagrams',
      index: false,
      body: diagrams.map((d) =>
        h('figure', { className: ['figure'] }, [
          scrollRegion(d.title, 'figure-scroll', diagramSvg(d, { href: termHref, currentTerm: term.id })),
          h('figcaption', [h('strong', d.title), d.description ? ` — ${d.description}` : '']),
        ]),
      ),
    });
  }
  if (comparisons.length) {
    sections.push({
      id: 'comparisons',
      title: comparisons.length === 1 ? 'Comparison' : 'Comparisons',
      index: false,
      body: comparisons.flatMap((c) => [
        h('h3', [h('a', { href: href(comparisonUrl(c.id)) }, c.title)]),
        ...(c.description ? [h('p', c.description)] : []),
        comparisonTable(glossary, c, termHref),
      ]),
    });
  }
  if (term.faq.length) {
    sections.push({
      id: 'faq',
      title: 'Frequently asked questions',
      index: true,
      body: term.faq.flatMap((f) => [h('h3', f.question), h('p', f.answer)]),
    });
  }
  if (hasRelations && relations) {
    const graph = relationGraphSvg(glossary, term.id, { href: termHref });
    sections.push({
      id: 'relations',
      title: 'Relations',
      index: false,
      body: [
        ...(graph ? [h('figure', { className: ['figure'] }, [scrollRegion(`Relations of ${term.term}`, 'figure-scroll', graph)])] : []),
        ...GRAPH_KIND_ORDER.filter((k) => (relations[k] ?? []).length > 0).flatMap((kind) => [
          h('h3', { id: `relations-${kind}` }, RELATION_LABELS[kind]),
          termList(glossary, [...relations[kind]].sort((a, b) => compareLabels(label(a), label(b))), termHref),
        ]),
      ],
    });
  }
  function label(id: string): string {
    return glossary.termsById.get(id)?.term ?? id;
  }
  if (term.sources.length) {
    sections.push({ id: 'sources', title: 'Sources', index: false, body: [h('ol', { className: ['sources'] }, term.sources.map(source))] });
  }

  const meta: ElementContent[] = [];
  if (term.abbreviation) meta.push(h('li', [h('span', { className: ['meta-label'] }, 'Abbreviation: '), h('abbr', term.abbreviation)]));
  if (term.aliases.length) meta.push(h('li', [h('span', { className: ['meta-label'] }, 'Also called: '), ...joinBdi(term.aliases)]));
  if (category) {
    meta.push(h('li', { dataPagefindIgnore: true }, [h('span', { className: ['meta-label'] }, 'Category: '), h('a', { href: href(categoryUrl(category.id)) }, category.title)]));
  }
  if (term.status !== 'stable') meta.push(h('li', { dataPagefindIgnore: true }, [h('span', { className: ['badge', `badge-${term.status}`] }, term.status)]));

  const replacement = term.replacedBy ? glossary.termsById.get(term.replacedBy) : undefined;
  const article = h('article', { className: ['term'], dataPagefindBody: true }, [
    h('nav', { ariaLabel: 'Breadcrumb', className: ['crumbs'], dataPagefindIgnore: true }, [
      h('a', { href: href('terms/') }, 'Terms'),
      ...(category ? [' › ', h('a', { href: href(categoryUrl(category.id)) }, category.title)] : []),
    ]),
    h('h1', { dir: 'auto' }, term.term),
    ...(meta.length ? [h('ul', { className: ['term-meta'] }, meta)] : []),
    h('p', { className: ['definition', 'lead'] }, term.shortDefinition),
    ...(replacement
      ? [h('p', { className: ['notice'] }, ['This term is deprecated; use ', h('a', { href: termHref(replacement.id) }, [h('bdi', replacement.term)]), ' instead.'])]
      : []),
    h('nav', { ariaLabel: 'On this page', className: ['toc'], dataPagefindIgnore: true }, [
      h('ul', sections.map((sec) => h('li', [h('a', { href: `#${sec.id}` }, sec.title)]))),
    ]),
    ...sections.map((sec) =>
      h('section', { ariaLabelledBy: sec.id, dataPagefindIgnore: sec.index ? undefined : true }, [h('h2', { id: sec.id }, sec.title), ...sec.body]),
    ),
    h('p', { className: ['edit'], dataPagefindIgnore: true }, [
      h('a', { href: `${ctx.repositoryUrl}/blob/main/content/${term.file}` }, `Edit ${term.file} on GitHub`),
    ]),
  ]);
  return renderPage(ctx, {
    file,
    title: term.term,
    description: term.shortDefinition,
    section: 'terms',
    content: [article],
    head: jsonLd === undefined ? [] : [jsonLdScript(jsonLd)],
    scripts: [SITE_SCRIPT],
  });
}

function joinBdi(items: readonly string[]): (string | Element)[] {
  return items.flatMap((item, i) => (i === 0 ? [h('bdi', item)] : [', ', h('bdi', item)]));
}

/** A source as a reference: linked title, authors, year, venue, kind and DOI. */
function source(src: Source): Element {
  const link = src.url ?? (src.doi ? `https://doi.org/${src.doi}` : undefined);
  return h('li', [
    h('cite', link ? [h('a', { href: link }, src.title)] : [src.title]),
    `. ${src.authors.join(', ')} (${src.year})`,
    src.venue ? `. ${src.venue}` : '',
    '. ',
    h('span', { className: ['source-kind'] }, src.kind),
    ...(src.doi ? ['. DOI ', h('a', { href: `https://doi.org/${src.doi}` }, src.doi)] : []),
    '.',
  ]);
}
