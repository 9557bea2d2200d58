import { describe, expect, it } from 'vitest';
import { glossaryIris } from './iris.js';
import { CLASSES, NAMESPACES, PROPERTIES, expandIri, jsonLdContext, prefixes } from './vocabulary.js';

const iris = glossaryIris({ iriBase: 'https://alignment-glossary.org/terms/', siteUrl: 'https://alignment-glossary.org' });

describe('jsonLdContext', () => {
  it('defines the prefixes, every class and every property, with local IRIs only', () => {
    const context = jsonLdContext(iris);
    expect(context.ag).toBe('https://alignment-glossary.org/vocab#');
    expect(context.skos).toBe(NAMESPACES.skos);
    for (const name of [...Object.keys(CLASSES), ...Object.keys(PROPERTIES)]) expect(context).toHaveProperty(name);
    expect(context.broader).toEqual({ '@id': 'skos:broader', '@type': '@id', '@container': '@set' });
    expect(context.prefLabel).toEqual({ '@id': 'skos:prefLabel', '@container': '@language' });
    expect(context.datePublished).toEqual({ '@id': 'schema:datePublished', '@type': 'xsd:gYear' });
  });

  it('uses only compact IRIs whose prefix it defines', () => {
    const map = prefixes(iris);
    for (const id of [...Object.values(CLASSES), ...Object.values(PROPERTIES).map((p) => p.id)]) {
      expect(expandIri(id, map)).toMatch(/^https?:\/\/[^:]+$/);
    }
  });
});

describe('expandIri', () => {
  it('expands a known prefix and rejects an unknown one', () => {
    expect(expandIri('skos:broader', NAMESPACES)).toBe('http://www.w3.org/2004/02/skos/core#broader');
    expect(() => expandIri('foaf:name', NAMESPACES)).toThrow('no prefix for the compact IRI "foaf:name"');
    expect(() => expandIri('broader', NAMESPACES)).toThrow('no prefix for the compact IRI "broader"');
  });
});
