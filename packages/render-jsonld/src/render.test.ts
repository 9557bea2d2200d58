import { INVERSE_RELATION, RELATION_DESCRIPTIONS, RELATION_KINDS, type Glossary, type RenderedFile, type Term } from '@alignment-glossary/core';
import type { Quad } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { termNode } from './glossary-graph.js';
import { glossaryIris } from './iris.js';
import { renderJsonLd } from './render.js';
import { toJsonLd } from './to-json-ld.js';
import { jsonLdContext } from './vocabulary.js';
import {
  CONTENT, MINI, RDF_TYPE, SCHEMA, SKOS, fileText, hasTriple, jsonLdQuads, load, objectsOf, turtleQuads, validateShacl,
} from './test-utils/rdf.js';

const BASE = 'https://alignment-glossary.org/terms/';
const SCHEME = 'https://alignment-glossary.org/scheme';
const AG = 'https://alignment-glossary.org/vocab#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const DCT = 'http://purl.org/dc/terms/';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

// ---- Triple counts, derived from the Glossary alone (not from the output) ----

const SKOS_RELATION_KINDS = new Set(['broader', 'narrower', 'related']);

function altLabelCount(term: Term): number {
  const labels = new Set([...term.aliases, ...(term.abbreviation ? [term.abbreviation] : [])]);
  labels.delete(term.term);
  return labels.size;
}

/** The triples about one term: its node plus its citations (blank nodes). */
function termTriples(glossary: Glossary, term: Term): number {
  const relations = glossary.relations.get(term.id)!;
  const relationCount = RELATION_KINDS.reduce((n, kind) => n + relations[kind].length, 0);
  const citations = term.sources.reduce(
    // link, type, title, year, url?, doi?, and per author: link, type, name
    (n, s) => n + 4 + (s.url ? 1 : 0) + (s.doi ? 1 : 0) + 3 * s.authors.length,
    0,
  );
  return 2 // rdf:type skos:Concept, schema:DefinedTerm
    + 2 // skos:prefLabel, schema:name
    + 2 * altLabelCount(term) // skos:altLabel, schema:alternateName
    + 2 // skos:definition, schema:description
    + 3 // schema:termCode, schema:url, skos:inScheme
    + 1 // schema:inDefinedTermSet
    + relationCount
    + (relations.broader.length === 0 ? 1 : 0) // skos:topConceptOf
    + (term.status === 'deprecated' ? 2 : 0) // owl:deprecated, dct:isReplacedBy
    + citations;
}

function glossaryTriples(glossary: Glossary): number {
  const roots = glossary.terms.filter((t) => glossary.relations.get(t.id)!.broader.length === 0).length;
  // types ×2, prefLabel, name, definition, description, url, inLanguage, license, version, versionInfo
  const scheme = 11 + roots + glossary.terms.length;
  const collections = glossary.categories
    .map((c) => glossary.termsByCategory.get(c.id)?.length ?? 0)
    .filter((n) => n > 0)
    .reduce((sum, n) => sum + 3 + n, 0); // type, prefLabel, definition, members
  return scheme + collections + glossary.terms.reduce((n, t) => n + termTriples(glossary, t), 0);
}

function vocabularyTriples(): number {
  const own = RELATION_KINDS.filter((kind) => !SKOS_RELATION_KINDS.has(kind));
  // ontology: type, label, comment, versionInfo; per property: types, label, comment, subPropertyOf, isDefinedBy, inverseOf?
  return 4 + own.reduce((n, kind) => {
    const symmetric = INVERSE_RELATION[kind] === kind;
    return n + (symmetric ? 2 : 1) + 4 + (symmetric ? 0 : 1);
  }, 0);
}

const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`;

/** Marks a term deprecated (replaced by another), as core would after loading such a term file. */
function deprecate(glossary: Glossary, id: string, replacedBy: string): Glossary {
  const terms = glossary.terms.map((t) => (t.id === id ? { ...t, status: 'deprecated' as const, replacedBy } : t));
  return { ...glossary, terms, termsById: new Map(terms.map((t) => [t.id, t])) };
}

describe('renderJsonLd on the real content', () => {
  let glossary: Glossary;
  let files: RenderedFile[];
  let graph: Quad[];

  beforeAll(async () => {
    glossary = await load(CONTENT);
    files = await renderJsonLd(glossary, { version: '1.2.3' });
    graph = await jsonLdQuads(fileText(files, 'glossary.jsonld'));
  });

  it('emits every artifact and one document per term', () => {
    expect(files.map((f) => f.path)).toEqual([
      'context.jsonld', 'glossary.jsonld', 'glossary.ttl', 'vocab.jsonld', 'shapes.ttl',
      ...glossary.terms.map((t) => `terms/${t.id}.jsonld`),
    ]);
    expect(glossary.terms).toHaveLength(84);
  });

  it('inlines the context in every JSON-LD document and never references a remote one', () => {
    const context = JSON.parse(fileText(files, 'context.jsonld'))['@context'];
    const contexts: { path: string; context: unknown }[] = [];
    const walk = (path: string, value: unknown): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(path, v));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) (k === '@context' ? contexts.push({ path, context: v }) : walk(path, v));
      }
    };
    const documents = files.filter((f) => f.path.endsWith('.jsonld'));
    for (const file of documents) walk(file.path, JSON.parse(String(file.contents)));
    expect(contexts).toHaveLength(documents.length);
    for (const { path, context: c } of contexts) {
      expect(c, path).toBeTypeOf('object');
      if (path.startsWith('terms/')) {
        // A term document inlines the part of the context it uses: entries of the published context, unchanged.
        const entries = Object.entries(c as Record<string, unknown>);
        expect(entries.length, path).toBeGreaterThan(10);
        expect(entries.length, path).toBeLessThan(Object.keys(context).length);
        for (const [name, definition] of entries) expect(definition, `${path}: ${name}`).toEqual(context[name]);
        expect(Object.keys(c as object), path).toEqual(Object.keys(context).filter((k) => k in (c as object)));
      } else {
        expect(c, path).toEqual(context);
      }
    }
    expect(files.some((f) => /"@context":\s*"/.test(String(f.contents)))).toBe(false);
  });

  it('converts glossary.jsonld to exactly the triples derived from the glossary', () => {
    expect(graph).toHaveLength(glossaryTriples(glossary));
    expect(new Set(graph.map(key)).size).toBe(graph.length);
    expect(graph.length).toBeGreaterThan(glossary.terms.length * 20);
  });

  it('states broader and narrower both ways', () => {
    expect(hasTriple(graph, `${BASE}inner-alignment`, `${SKOS}broader`, `${BASE}alignment`)).toBe(true);
    expect(hasTriple(graph, `${BASE}alignment`, `${SKOS}narrower`, `${BASE}inner-alignment`)).toBe(true);
    expect(objectsOf(graph, `${BASE}inner-alignment`, `${SKOS}narrower`))
      .toEqual(glossary.relations.get('inner-alignment')!.narrower.map((id) => BASE + id));
  });

  it('states the symmetric contrasts relation both ways, from the project vocabulary', () => {
    expect(hasTriple(graph, `${BASE}outer-alignment`, `${AG}contrasts`, `${BASE}inner-alignment`)).toBe(true);
    expect(hasTriple(graph, `${BASE}inner-alignment`, `${AG}contrasts`, `${BASE}outer-alignment`)).toBe(true);
  });

  it('states mitigates and its inverse', () => {
    const edge = glossary.edges.find((e) => e.kind === 'mitigates')!;
    expect(hasTriple(graph, BASE + edge.from, `${AG}mitigates`, BASE + edge.to)).toBe(true);
    expect(hasTriple(graph, BASE + edge.to, `${AG}mitigatedBy`, BASE + edge.from)).toBe(true);
  });

  it('describes a term as a SKOS concept and a schema.org DefinedTerm', () => {
    const t = `${BASE}inner-alignment`;
    const term = glossary.termsById.get('inner-alignment')!;
    expect(objectsOf(graph, t, RDF_TYPE)).toEqual([`${SKOS}Concept`, `${SCHEMA}DefinedTerm`]);
    expect(hasTriple(graph, t, `${SKOS}prefLabel`, '"Inner alignment"@en')).toBe(true);
    expect(hasTriple(graph, t, `${SCHEMA}name`, '"Inner alignment"@en')).toBe(true);
    expect(hasTriple(graph, t, `${SKOS}definition`, `"${term.shortDefinition}"@en`)).toBe(true);
    expect(hasTriple(graph, t, `${SCHEMA}description`, `"${term.shortDefinition}"@en`)).toBe(true);
    expect(hasTriple(graph, t, `${SCHEMA}termCode`, '"inner-alignment"')).toBe(true);
    expect(hasTriple(graph, t, `${SCHEMA}url`, 'https://alignment-glossary.org/terms/inner-alignment/')).toBe(true);
    expect(hasTriple(graph, t, `${SKOS}inScheme`, SCHEME)).toBe(true);
    expect(hasTriple(graph, t, `${SCHEMA}inDefinedTermSet`, SCHEME)).toBe(true);
  });

  it('writes aliases and abbreviations as altLabel and alternateName', () => {
    const t = `${BASE}cooperative-inverse-reinforcement-learning`;
    expect(objectsOf(graph, t, `${SKOS}altLabel`)).toEqual(['CIRL', 'assistance game']);
    expect(objectsOf(graph, t, `${SCHEMA}alternateName`)).toEqual(['CIRL', 'assistance game']);
  });

  it('makes the terms without a broader term the top concepts', () => {
    const roots = glossary.terms.filter((t) => glossary.relations.get(t.id)!.broader.length === 0).map((t) => BASE + t.id);
    expect(objectsOf(graph, SCHEME, `${SKOS}hasTopConcept`)).toEqual(roots.sort());
    expect(hasTriple(graph, `${BASE}alignment`, `${SKOS}topConceptOf`, SCHEME)).toBe(true);
    expect(hasTriple(graph, `${BASE}inner-alignment`, `${SKOS}topConceptOf`, SCHEME)).toBe(false);
  });

  it('describes the scheme as a ConceptScheme and DefinedTermSet with its version', () => {
    expect(objectsOf(graph, SCHEME, RDF_TYPE)).toEqual([`${SKOS}ConceptScheme`, `${SCHEMA}DefinedTermSet`]);
    expect(hasTriple(graph, SCHEME, `${SKOS}prefLabel`, '"Alignment Glossary"@en')).toBe(true);
    expect(hasTriple(graph, SCHEME, `${SCHEMA}version`, '"1.2.3"')).toBe(true);
    expect(hasTriple(graph, SCHEME, `${OWL}versionInfo`, '"1.2.3"')).toBe(true);
    expect(hasTriple(graph, SCHEME, `${SCHEMA}license`, 'https://spdx.org/licenses/CC-BY-4.0')).toBe(true);
    expect(objectsOf(graph, SCHEME, `${SCHEMA}hasDefinedTerm`)).toHaveLength(84);
  });

  it('makes each category a skos:Collection of its terms', () => {
    const c = 'https://alignment-glossary.org/categories/foundations';
    expect(objectsOf(graph, c, RDF_TYPE)).toEqual([`${SKOS}Collection`]);
    expect(objectsOf(graph, c, `${SKOS}member`)).toEqual(glossary.termsByCategory.get('foundations')!.map((id) => BASE + id).sort());
  });

  it('cites sources as schema.org works with authors, year, URL and DOI', () => {
    const withDoi = glossary.terms.flatMap((t) => t.sources.map((s) => ({ t, s }))).find(({ s }) => s.doi && s.kind === 'paper')!;
    const citations = graph.filter((q) => q.subject.value === BASE + withDoi.t.id && q.predicate.value === `${SCHEMA}citation`);
    const node = citations.map((q) => q.object.value).find((b) => hasTriple(graph, b, `${SCHEMA}name`, `"${withDoi.s.title}"`))!;
    expect(objectsOf(graph, node, RDF_TYPE)).toEqual([`${SCHEMA}ScholarlyArticle`]);
    expect(objectsOf(graph, node, `${SCHEMA}sameAs`)).toEqual([`https://doi.org/${withDoi.s.doi}`]);
    const year = graph.find((q) => q.subject.value === node && q.predicate.value === `${SCHEMA}datePublished`)!.object;
    expect(year.value).toBe(String(withDoi.s.year));
    expect(year.termType === 'Literal' && year.datatype.value).toBe('http://www.w3.org/2001/XMLSchema#gYear');
    const authors = objectsOf(graph, node, `${SCHEMA}author`).map((a) => objectsOf(graph, a, `${SCHEMA}name`)[0]);
    expect(authors.sort()).toEqual([...withDoi.s.authors].sort());
    const book = glossary.terms.flatMap((t) => t.sources).find((s) => s.kind === 'book')!;
    expect(graph.some((q) => q.object.value === `${SCHEMA}Book` && hasTriple(graph, q.subject.value, `${SCHEMA}name`, `"${book.title}"`))).toBe(true);
  });

  it('writes one embeddable DefinedTerm document per term, with exactly its triples', async () => {
    const iris = glossaryIris(glossary.config);
    const definedTermSet = { id: iris.scheme, types: ['ConceptScheme', 'DefinedTermSet'] as const, properties: { name: [{ literal: 'Alignment Glossary', language: 'en' }] } };
    const fullDocument = (term: Term) =>
      JSON.stringify({ '@context': jsonLdContext(iris), ...toJsonLd(termNode(glossary, iris, term, { ...definedTermSet, types: [...definedTermSet.types] })) }, null, 2);
    const glossaryKeys = new Set(graph.map(key));
    for (const term of glossary.terms) {
      const text = fileText(files, `terms/${term.id}.jsonld`);
      const doc = JSON.parse(text);
      expect(doc['@id']).toBe(`term:${term.id}`);
      expect(doc['@context'].term).toBe(BASE);
      expect(doc['@type']).toEqual(['Concept', 'DefinedTerm']);
      expect(doc.inDefinedTermSet['@id']).toBe(SCHEME);
      expect(text).not.toMatch(/<\/script/i);
      expect(text.length).toBeLessThan(fullDocument(term).length * 0.75);
      const quads = await jsonLdQuads(text);
      // the term's triples plus the set's two types and name
      expect(quads).toHaveLength(termTriples(glossary, term) + 3);
      // the same graph as the term written with the whole context and full IRIs
      expect(isomorphic(quads, await jsonLdQuads(fullDocument(term)))).toBe(true);
      const ground = quads.filter((q) => q.subject.termType === 'NamedNode' && q.object.termType !== 'BlankNode');
      expect(ground.filter((q) => !glossaryKeys.has(key(q)))).toEqual([]);
    }
  });

  it('publishes the project vocabulary with labels, comments, sub-properties and inverses', async () => {
    const vocab = await jsonLdQuads(fileText(files, 'vocab.jsonld'));
    expect(vocab).toHaveLength(vocabularyTriples());
    expect(objectsOf(vocab, `${AG}contrasts`, RDF_TYPE)).toEqual([`${OWL}ObjectProperty`, `${OWL}SymmetricProperty`]);
    expect(hasTriple(vocab, `${AG}mitigates`, `${OWL}inverseOf`, `${AG}mitigatedBy`)).toBe(true);
    expect(hasTriple(vocab, `${AG}mitigatedBy`, `${OWL}inverseOf`, `${AG}mitigates`)).toBe(true);
    for (const kind of ['contrasts', 'mitigates', 'mitigatedBy'] as const) {
      expect(hasTriple(vocab, AG + kind, `${RDFS}subPropertyOf`, `${SKOS}related`)).toBe(true);
      expect(hasTriple(vocab, AG + kind, `${RDFS}comment`, `"${RELATION_DESCRIPTIONS[kind]}"@en`)).toBe(true);
    }
  });

  it('publishes a context document that holds no data', async () => {
    expect(await jsonLdQuads(fileText(files, 'context.jsonld'), { safe: false })).toEqual([]);
  });

  it('writes glossary.ttl as the same graph, parsed by n3', () => {
    const ttl = fileText(files, 'glossary.ttl');
    expect(ttl).toMatch(/^@prefix skos: <http:\/\/www\.w3\.org\/2004\/02\/skos\/core#>\.$/m);
    expect(ttl).toContain('term:inner-alignment');
    const quads = turtleQuads(ttl);
    expect(quads).toHaveLength(graph.length);
    expect(isomorphic(quads, graph)).toBe(true);
  });

  it('is byte-identical across renders', async () => {
    const again = await renderJsonLd(glossary, { version: '1.2.3' });
    expect(again).toEqual(files);
  });
});

describe('renderJsonLd on the mini fixture', () => {
  let glossary: Glossary;

  beforeAll(async () => {
    glossary = await load(MINI);
  });

  it('keeps emoji, Markdown specials and right-to-left labels intact', async () => {
    const files = await renderJsonLd(glossary, { version: '0.0.1' });
    const graph = await jsonLdQuads(fileText(files, 'glossary.jsonld'));
    const base = 'https://example.org/glossary/terms/';
    expect(hasTriple(graph, `${base}gamma-star`, `${SKOS}prefLabel`, '"a*b_c | `γ` 🚀"@en')).toBe(true);
    expect(hasTriple(graph, `${base}delta-rtl`, `${SKOS}prefLabel`, '"דלתא"@en')).toBe(true);
    expect(graph).toHaveLength(glossaryTriples(glossary));
    expect(isomorphic(turtleQuads(fileText(files, 'glossary.ttl')), graph)).toBe(true);
  });

  it('derives the scheme and collection IRIs from iriBase and skips the empty category', async () => {
    const files = await renderJsonLd(glossary, { version: '0.0.1' });
    const graph = await jsonLdQuads(fileText(files, 'glossary.jsonld'));
    expect(objectsOf(graph, 'https://example.org/glossary/scheme', RDF_TYPE)).toHaveLength(2);
    expect(objectsOf(graph, 'https://example.org/glossary/categories/basics', RDF_TYPE)).toEqual([`${SKOS}Collection`]);
    expect(graph.some((q) => q.subject.value.endsWith('/categories/empty'))).toBe(false);
    expect(hasTriple(graph, 'https://example.org/glossary/terms/alpha', `${SCHEMA}url`, 'https://example.org/glossary/terms/alpha/')).toBe(true);
  });

  it('marks a deprecated term with owl:deprecated and dct:isReplacedBy, and still conforms to the shapes', async () => {
    const changed = deprecate(glossary, 'beta', 'alpha');
    const files = await renderJsonLd(changed, { version: '0.0.1' });
    const graph = await jsonLdQuads(fileText(files, 'glossary.jsonld'));
    const beta = 'https://example.org/glossary/terms/beta';
    const deprecated = graph.find((q) => q.subject.value === beta && q.predicate.value === `${OWL}deprecated`)?.object;
    expect(deprecated?.value).toBe('true');
    expect(deprecated?.termType === 'Literal' && deprecated.datatype.value).toBe('http://www.w3.org/2001/XMLSchema#boolean');
    expect(hasTriple(graph, beta, `${DCT}isReplacedBy`, 'https://example.org/glossary/terms/alpha')).toBe(true);
    expect(graph).toHaveLength(glossaryTriples(changed));
    expect((await validateShacl(fileText(files, 'shapes.ttl'), graph)).conforms).toBe(true);
  });

  it('rejects a missing version with a message that says what to pass', async () => {
    await expect(renderJsonLd(glossary, { version: '' })).rejects.toThrow(/options\.version must be a non-empty version string such as "1\.2\.0"/);
  });
});
