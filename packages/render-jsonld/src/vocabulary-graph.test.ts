import { describe, expect, it } from 'vitest';
import { glossaryIris } from './iris.js';
import { vocabularyGraph, vocabularyRelationKinds } from './vocabulary-graph.js';

describe('vocabularyGraph', () => {
  it('defines exactly the relation kinds SKOS lacks', () => {
    expect(vocabularyRelationKinds()).toEqual(['contrasts', 'mitigates', 'mitigatedBy']);
  });

  it('declares symmetry and inverses from core', () => {
    const iris = glossaryIris({ iriBase: 'https://x.org/terms/', siteUrl: 'https://x.org' });
    const [ontology, contrasts, mitigates] = vocabularyGraph(iris, '2.0.0');
    expect(ontology).toMatchObject({ id: 'https://x.org/vocab', types: ['Ontology'], properties: { versionInfo: [{ literal: '2.0.0' }] } });
    expect(contrasts).toMatchObject({ id: 'https://x.org/vocab#contrasts', types: ['ObjectProperty', 'SymmetricProperty'], properties: { inverseOf: [] } });
    expect(mitigates).toMatchObject({ id: 'https://x.org/vocab#mitigates', types: ['ObjectProperty'], properties: { inverseOf: [{ iri: 'https://x.org/vocab#mitigatedBy' }] } });
  });
});
