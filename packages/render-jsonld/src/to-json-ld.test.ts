import { describe, expect, it } from 'vitest';
import { toJsonLd } from './to-json-ld.js';

describe('toJsonLd', () => {
  it('writes IRIs as strings, text as language maps, sets as arrays and nested nodes inline', () => {
    expect(toJsonLd({
      id: 'https://x.org/terms/a',
      types: ['Concept', 'DefinedTerm'],
      properties: {
        prefLabel: [{ literal: 'A', language: 'en' }],
        altLabel: [{ literal: 'Ay', language: 'en' }],
        termCode: [{ literal: 'a' }],
        inScheme: [{ iri: 'https://x.org/scheme' }],
        broader: [{ iri: 'https://x.org/terms/b' }],
        related: [],
        deprecated: [{ literal: 'true', datatype: 'xsd:boolean' }],
        citation: [{ types: ['Book'], properties: { name: [{ literal: 'Title' }], datePublished: [{ literal: '2016', datatype: 'xsd:gYear' }] } }],
      },
    })).toEqual({
      '@id': 'https://x.org/terms/a',
      '@type': ['Concept', 'DefinedTerm'],
      prefLabel: { en: 'A' },
      altLabel: { en: ['Ay'] },
      termCode: 'a',
      inScheme: 'https://x.org/scheme',
      broader: ['https://x.org/terms/b'],
      deprecated: true,
      citation: [{ '@type': 'Book', name: 'Title', datePublished: '2016' }],
    });
  });

  it('groups several languages into one map', () => {
    expect(toJsonLd({ types: [], properties: { label: [{ literal: 'x', language: 'en' }, { literal: 'y', language: 'de' }, { literal: 'z', language: 'en' }] } }))
      .toEqual({ label: { en: ['x', 'z'], de: 'y' } });
  });

  it('refuses values that the context would misread', () => {
    expect(() => toJsonLd({ types: [], properties: { termCode: [{ iri: 'https://x.org/' }] } }))
      .toThrow('"termCode" is not @id-typed, so it cannot hold the IRI https://x.org/');
    expect(() => toJsonLd({ types: [], properties: { termCode: [{ literal: 'a', language: 'en' }] } }))
      .toThrow('"termCode" cannot hold language-tagged text here');
    expect(() => toJsonLd({ types: [], properties: { name: [{ literal: 'a', language: 'en' }, { literal: 'b' }] } }))
      .toThrow('"name" cannot hold language-tagged text here');
    expect(() => toJsonLd({ types: [], properties: { termCode: [{ literal: '2019', datatype: 'xsd:gYear' }] } }))
      .toThrow('"termCode" is typed as plain text, so it cannot hold the literal "2019"');
  });
});
