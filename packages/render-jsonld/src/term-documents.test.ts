import { describe, expect, it } from 'vitest';
import type { RdfNode } from './graph.js';
import { glossaryIris } from './iris.js';
import { termDocuments } from './term-documents.js';
import { contextFor, jsonLdContext } from './vocabulary.js';

const iris = glossaryIris({ iriBase: 'https://x.org/terms/', siteUrl: 'https://x.org' });
const context = jsonLdContext(iris);

describe('contextFor', () => {
  it('keeps the named terms and the prefixes their definitions use, in the context order', () => {
    expect(contextFor(context, ['datePublished', 'Person', 'broader'])).toEqual({
      schema: 'https://schema.org/',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      Person: 'schema:Person',
      broader: context.broader,
      datePublished: context.datePublished,
    });
    expect(Object.keys(contextFor(context, ['term', 'contrasts']))).toEqual(['ag', 'term', 'contrasts']);
  });

  it('refuses a name the context does not define', () => {
    expect(() => contextFor(context, ['prefLabel', 'nope'])).toThrow('contextFor: "nope" is not defined in the context');
  });
});

describe('termDocuments', () => {
  const node: RdfNode = {
    id: 'https://x.org/terms/a',
    types: ['Concept'],
    properties: {
      prefLabel: [{ literal: 'A </script>', language: 'en' }],
      broader: [{ iri: 'https://x.org/terms/b' }, { iri: 'https://x.org/terms/' }, { iri: 'https://x.org/terms///c' }],
      related: [],
      url: [{ iri: 'https://x.org/terms/a/' }],
      inScheme: [{ iri: 'https://x.org/scheme' }],
    },
  };

  it('writes one-line JSON with the context it uses and term IRIs as compact IRIs, `<` escaped', () => {
    const [text] = termDocuments([node], context);
    expect(text).toBe(`${JSON.stringify({
      '@context': contextFor(context, ['Concept', 'prefLabel', 'broader', 'url', 'inScheme', 'term']),
      '@id': 'term:a',
      '@type': 'Concept',
      prefLabel: { en: 'A </script>' },
      // the bare base and a suffix that would read as an absolute IRI stay as they are
      broader: ['term:b', 'https://x.org/terms/', 'https://x.org/terms///c'],
      url: 'term:a/',
      inScheme: 'https://x.org/scheme',
    }).replaceAll('<', '\\u003c')}\n`);
  });

  it('leaves the prefix out of a document without term IRIs, and reuses nothing between different documents', () => {
    const other: RdfNode = { id: 'https://y.org/a', types: ['Person'], properties: { name: [{ literal: 'N' }] } };
    const [first, second] = termDocuments([other, node], context);
    expect(JSON.parse(first!)['@context']).toEqual(contextFor(context, ['Person', 'name']));
    expect(JSON.parse(second!)['@context'].term).toBe('https://x.org/terms/');
  });

  it('needs the term prefix in the context', () => {
    const { term: _, ...withoutTerm } = context;
    expect(() => termDocuments([node], withoutTerm)).toThrow('the context defines no "term" prefix');
  });
});
