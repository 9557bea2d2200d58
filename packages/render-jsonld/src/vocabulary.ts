import type { RelationKind } from '@alignment-glossary/core';
import type { GlossaryIris } from './iris.js';

/** The namespaces the output uses, by the prefix it is given in the context and in Turtle. */
export const NAMESPACES = {
  dct: 'http://purl.org/dc/terms/',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** The prefix of the project vocabulary (`<root>vocab#`) in the context and in Turtle. */
export const VOCABULARY_PREFIX = 'ag';

/** The prefix of term IRIs (`iriBase`) in the context and in Turtle: `term:inner-alignment`. */
export const TERM_PREFIX = 'term';

/** How a property's values are written in JSON-LD. */
export interface PropertyDefinition {
  /** The property as a compact IRI, e.g. `skos:broader`. */
  readonly id: string;
  /** `@id`: values are IRIs; an XSD datatype: values are strings of that type; absent: strings, booleans or nodes. */
  readonly type?: '@id' | 'xsd:gYear';
  /** Values are a language map (`{ "en": "…" }`); strings outside a map stay untagged. */
  readonly language?: true;
  /** Always written as an array, even with one value. */
  readonly set?: true;
}

const iri = (id: string, set?: true): PropertyDefinition => (set ? { id, type: '@id', set } : { id, type: '@id' });
const text = (id: string, set?: true): PropertyDefinition => (set ? { id, language: true, set } : { id, language: true });

/**
 * The JSON-LD terms for properties: the JSON key → how it maps to RDF. The same table writes the context,
 * the JSON-LD documents and the Turtle, so the three cannot disagree.
 */
export const PROPERTIES = {
  prefLabel: text('skos:prefLabel'),
  altLabel: text('skos:altLabel', true),
  definition: text('skos:definition'),
  inScheme: iri('skos:inScheme'),
  topConceptOf: iri('skos:topConceptOf'),
  hasTopConcept: iri('skos:hasTopConcept', true),
  broader: iri('skos:broader', true),
  narrower: iri('skos:narrower', true),
  related: iri('skos:related', true),
  member: iri('skos:member', true),
  contrasts: iri(`${VOCABULARY_PREFIX}:contrasts`, true),
  mitigates: iri(`${VOCABULARY_PREFIX}:mitigates`, true),
  mitigatedBy: iri(`${VOCABULARY_PREFIX}:mitigatedBy`, true),
  name: text('schema:name'),
  alternateName: text('schema:alternateName', true),
  description: text('schema:description'),
  termCode: { id: 'schema:termCode' },
  url: iri('schema:url'),
  sameAs: iri('schema:sameAs'),
  inDefinedTermSet: iri('schema:inDefinedTermSet'),
  hasDefinedTerm: iri('schema:hasDefinedTerm', true),
  inLanguage: { id: 'schema:inLanguage' },
  license: iri('schema:license'),
  version: { id: 'schema:version' },
  citation: { id: 'schema:citation', set: true },
  author: { id: 'schema:author', set: true },
  datePublished: { id: 'schema:datePublished', type: 'xsd:gYear' },
  deprecated: { id: 'owl:deprecated' },
  isReplacedBy: iri('dct:isReplacedBy'),
  versionInfo: { id: 'owl:versionInfo' },
  label: text('rdfs:label'),
  comment: text('rdfs:comment'),
  subPropertyOf: iri('rdfs:subPropertyOf', true),
  inverseOf: iri('owl:inverseOf'),
  isDefinedBy: iri('rdfs:isDefinedBy'),
} as const satisfies Record<string, PropertyDefinition>;
export type PropertyName = keyof typeof PROPERTIES;

/** The JSON-LD terms for classes: the `@type` value → compact IRI. */
export const CLASSES = {
  Concept: 'skos:Concept',
  ConceptScheme: 'skos:ConceptScheme',
  Collection: 'skos:Collection',
  DefinedTerm: 'schema:DefinedTerm',
  DefinedTermSet: 'schema:DefinedTermSet',
  ScholarlyArticle: 'schema:ScholarlyArticle',
  Article: 'schema:Article',
  Book: 'schema:Book',
  BlogPosting: 'schema:BlogPosting',
  CreativeWork: 'schema:CreativeWork',
  Person: 'schema:Person',
  Ontology: 'owl:Ontology',
  ObjectProperty: 'owl:ObjectProperty',
  SymmetricProperty: 'owl:SymmetricProperty',
} as const;
export type ClassName = keyof typeof CLASSES;

/** The property each relation kind is written with: SKOS where SKOS has one, else the project vocabulary. */
export const RELATION_PROPERTIES: Readonly<Record<RelationKind, PropertyName>> = {
  broader: 'broader',
  narrower: 'narrower',
  related: 'related',
  contrasts: 'contrasts',
  mitigates: 'mitigates',
  mitigatedBy: 'mitigatedBy',
};

/** The prefixes: the fixed namespaces plus the project vocabulary. */
export function prefixes(iris: GlossaryIris): Readonly<Record<string, string>> {
  return { ...NAMESPACES, [VOCABULARY_PREFIX]: iris.vocabularyNamespace };
}

/** Expands a compact IRI such as `skos:broader` with the given prefixes. */
export function expandIri(compact: string, prefixMap: Readonly<Record<string, string>>): string {
  const colon = compact.indexOf(':');
  const namespace = prefixMap[compact.slice(0, colon)];
  if (colon < 1 || namespace === undefined) throw new Error(`no prefix for the compact IRI "${compact}"`);
  return namespace + compact.slice(colon + 1);
}

/**
 * The project's JSON-LD context: prefixes, class terms and property terms. It is inlined in the whole-glossary
 * documents (and published as `context.jsonld`), and the part of it each term document uses is inlined there, so
 * nothing needs to be fetched to process the output.
 *
 * @param iris the glossary's IRIs (the vocabulary namespace depends on `iriBase`).
 * @returns the value of `@context`.
 */
export function jsonLdContext(iris: GlossaryIris): Record<string, unknown> {
  const context: Record<string, unknown> = { ...prefixes(iris), [TERM_PREFIX]: iris.termBase };
  for (const [name, id] of Object.entries(CLASSES)) context[name] = id;
  for (const [name, definition] of Object.entries(PROPERTIES) as [string, PropertyDefinition][]) {
    const entry: Record<string, string> = { '@id': definition.id };
    if (definition.type) entry['@type'] = definition.type;
    if (definition.language) entry['@container'] = '@language';
    else if (definition.set) entry['@container'] = '@set';
    context[name] = entry;
  }
  return context;
}

/**
 * The part of a context that a document using the given terms needs: their definitions and the prefixes these
 * refer to, in the context's order. Every entry is the context's own, so the document means what it would mean
 * with the whole context.
 *
 * @param context the whole context (`jsonLdContext`).
 * @param names the terms the document uses: keys, `@type` values and the prefixes of its compact IRIs.
 * @throws when a name is not defined in the context.
 */
export function contextFor(context: Readonly<Record<string, unknown>>, names: Iterable<string>): Record<string, unknown> {
  const needed = new Set<string>();
  const prefixOf = (value: unknown) => {
    const colon = typeof value === 'string' ? value.indexOf(':') : -1;
    if (colon > 0 && Object.hasOwn(context, (value as string).slice(0, colon))) needed.add((value as string).slice(0, colon));
  };
  for (const name of names) {
    if (!Object.hasOwn(context, name)) throw new Error(`contextFor: "${name}" is not defined in the context`);
    needed.add(name);
    const definition = context[name];
    if (typeof definition === 'string') prefixOf(definition);
    else for (const value of Object.values(definition as Record<string, unknown>)) prefixOf(value);
  }
  return Object.fromEntries(Object.entries(context).filter(([name]) => needed.has(name)));
}
