import { describe, expect, it } from 'vitest';
import { toQuads } from './to-quads.js';
import { NAMESPACES } from './vocabulary.js';

const prefixMap = { ...NAMESPACES, ag: 'https://x.org/vocab#' };
const show = (term: { termType: string; value: string; language?: string; datatype?: { value: string } }) =>
  term.termType === 'BlankNode' ? `_:${term.value}`
    : term.termType === 'Literal' ? `"${term.value}"${term.language ? `@${term.language}` : `^^${term.datatype?.value.replace(NAMESPACES.xsd, 'xsd:')}`}`
      : term.value;

describe('toQuads', () => {
  it('expands the property table and labels blank nodes after their parent', () => {
    const quads = toQuads([{
      id: 'https://x.org/terms/a',
      types: ['Concept'],
      properties: {
        prefLabel: [{ literal: 'A', language: 'en' }],
        contrasts: [{ iri: 'https://x.org/terms/b' }],
        citation: [
          { types: ['Book'], properties: { author: [{ types: ['Person'], properties: { name: [{ literal: 'Ann' }] } }] } },
          { types: ['Article'], properties: { datePublished: [{ literal: '2019', datatype: 'xsd:gYear' }] } },
        ],
      },
    }], prefixMap);
    expect(quads.map((q) => `${show(q.subject)} ${q.predicate.value} ${show(q.object)}`)).toEqual([
      `https://x.org/terms/a ${NAMESPACES.rdf}type ${NAMESPACES.skos}Concept`,
      `https://x.org/terms/a ${NAMESPACES.skos}prefLabel "A"@en`,
      'https://x.org/terms/a https://x.org/vocab#contrasts https://x.org/terms/b',
      `_:a-citation1 ${NAMESPACES.rdf}type https://schema.org/Book`,
      `_:a-citation1-author1 ${NAMESPACES.rdf}type https://schema.org/Person`,
      '_:a-citation1-author1 https://schema.org/name "Ann"^^xsd:string',
      '_:a-citation1 https://schema.org/author _:a-citation1-author1',
      'https://x.org/terms/a https://schema.org/citation _:a-citation1',
      `_:a-citation2 ${NAMESPACES.rdf}type https://schema.org/Article`,
      '_:a-citation2 https://schema.org/datePublished "2019"^^xsd:gYear',
      'https://x.org/terms/a https://schema.org/citation _:a-citation2',
    ]);
  });

  it('needs an IRI on top-level nodes', () => {
    expect(() => toQuads([{ types: ['Concept'], properties: {} }], prefixMap)).toThrow('a top-level node needs an IRI');
  });
});
