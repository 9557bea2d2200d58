import type { Glossary, Source, Term } from '@alignment-glossary/core';
import { iris, texts, type RdfNode, type RdfValue } from './graph.js';
import type { GlossaryIris } from './iris.js';
import { RELATION_PROPERTIES, type ClassName } from './vocabulary.js';

/** The nodes of `glossary.jsonld` / `glossary.ttl`, in the order they are written. */
export interface GlossaryGraph {
  readonly scheme: RdfNode;
  /** One per term, by id. */
  readonly terms: readonly RdfNode[];
  /** One skos:Collection per category that has terms, in category order. */
  readonly collections: readonly RdfNode[];
}

/** The schema.org class of a source, by its `kind`. */
export const SOURCE_CLASSES: Readonly<Record<Source['kind'], ClassName>> = {
  paper: 'ScholarlyArticle',
  article: 'Article',
  book: 'Book',
  talk: 'CreativeWork',
  post: 'BlogPosting',
};

/** The resolver URL of a bare DOI, each path segment percent-encoded as the DOI Handbook recommends. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** True when a term has no broader term: it is a top concept of the scheme. */
export function isTopConcept(glossary: Glossary, id: string): boolean {
  return (glossary.relations.get(id)?.broader.length ?? 0) === 0;
}

/**
 * The whole glossary as a graph: the concept scheme, every term, and a skos:Collection per non-empty category.
 *
 * @param glossary the validated glossary.
 * @param glossaryIris the IRIs derived from its configuration.
 * @param version the release version, stamped on the scheme.
 */
export function glossaryGraph(glossary: Glossary, glossaryIris: GlossaryIris, version: string): GlossaryGraph {
  const { config } = glossary;
  const language = config.language;
  const scheme: RdfNode = {
    id: glossaryIris.scheme,
    types: ['ConceptScheme', 'DefinedTermSet'],
    properties: {
      prefLabel: texts([config.title], language),
      definition: texts([config.description], language),
      name: texts([config.title], language),
      description: texts([config.description], language),
      url: iris([glossaryIris.site]),
      inLanguage: [{ literal: language }],
      license: iris([`https://spdx.org/licenses/${encodeURIComponent(config.license)}`]),
      version: [{ literal: version }],
      versionInfo: [{ literal: version }],
      hasTopConcept: iris(glossary.terms.filter((t) => isTopConcept(glossary, t.id)).map((t) => glossaryIris.term(t.id))),
      hasDefinedTerm: iris(glossary.terms.map((t) => glossaryIris.term(t.id))),
    },
  };
  const collections = glossary.categories.flatMap((category): RdfNode[] => {
    const members = glossary.termsByCategory.get(category.id) ?? [];
    if (members.length === 0) return [];
    return [{
      id: glossaryIris.collection(category.id),
      types: ['Collection'],
      properties: {
        prefLabel: texts([category.title], language),
        definition: texts([category.description], language),
        member: iris(members.map(glossaryIris.term)),
      },
    }];
  });
  const terms = glossary.terms.map((term) => termNode(glossary, glossaryIris, term, { iri: glossaryIris.scheme }));
  return { scheme, terms, collections };
}

/**
 * One term as a skos:Concept and schema:DefinedTerm, with both directions of every relation.
 *
 * @param glossary the validated glossary (for the derived relations).
 * @param glossaryIris the IRIs derived from its configuration.
 * @param term the term.
 * @param definedTermSet the value of schema:inDefinedTermSet: the scheme's IRI, or a small node describing it
 *   (for stand-alone documents).
 */
export function termNode(glossary: Glossary, glossaryIris: GlossaryIris, term: Term, definedTermSet: RdfValue): RdfNode {
  const language = glossary.config.language;
  const relations = glossary.relations.get(term.id);
  const altLabels = [...new Set([...term.aliases, ...(term.abbreviation ? [term.abbreviation] : [])])]
    .filter((label) => label !== term.term);
  const properties: Partial<Record<keyof RdfNode['properties'], readonly RdfValue[]>> = {
    prefLabel: texts([term.term], language),
    altLabel: texts(altLabels, language),
    definition: texts([term.shortDefinition], language),
    name: texts([term.term], language),
    alternateName: texts(altLabels, language),
    description: texts([term.shortDefinition], language),
    termCode: [{ literal: term.id }],
    url: iris([glossaryIris.page(term.id)]),
    inScheme: iris([glossaryIris.scheme]),
    inDefinedTermSet: [definedTermSet],
  };
  if (isTopConcept(glossary, term.id)) properties.topConceptOf = iris([glossaryIris.scheme]);
  if (relations) {
    for (const [kind, property] of Object.entries(RELATION_PROPERTIES) as [keyof typeof RELATION_PROPERTIES, keyof RdfNode['properties']][]) {
      properties[property] = iris(relations[kind].map(glossaryIris.term));
    }
  }
  if (term.status === 'deprecated') {
    properties.deprecated = [{ literal: 'true', datatype: 'xsd:boolean' }];
    if (term.replacedBy) properties.isReplacedBy = iris([glossaryIris.term(term.replacedBy)]);
  }
  properties.citation = term.sources.map(citationNode);
  return { id: glossaryIris.term(term.id), types: ['Concept', 'DefinedTerm'], properties };
}

/** A source as a schema.org creative work (a blank node): title, authors, year, URL and DOI. */
function citationNode(source: Source): RdfNode {
  return {
    types: [SOURCE_CLASSES[source.kind]],
    properties: {
      name: [{ literal: source.title }],
      author: source.authors.map((name): RdfNode => ({ types: ['Person'], properties: { name: [{ literal: name }] } })),
      datePublished: [{ literal: String(source.year), datatype: 'xsd:gYear' }],
      url: source.url ? iris([new URL(source.url).href]) : [],
      sameAs: source.doi ? iris([doiUrl(source.doi)]) : [],
    },
  };
}
