import type { Glossary, Source, Term } from '@alignment-glossary/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { doiUrl, glossaryGraph, termNode } from './glossary-graph.js';
import { glossaryIris } from './iris.js';
import { MINI, load } from './test-utils/rdf.js';

describe('doiUrl', () => {
  it('resolves a DOI at doi.org and percent-encodes what is not safe in a URL path', () => {
    expect(doiUrl('10.23915/distill.00024.001')).toBe('https://doi.org/10.23915/distill.00024.001');
    expect(doiUrl('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O'))
      .toBe('https://doi.org/10.1002/(SICI)1097-4571(199806)49%3A8%3C693%3A%3AAID-ASI4%3E3.0.CO%3B2-O');
    expect(doiUrl('10.1000/a#b?c')).toBe('https://doi.org/10.1000/a%23b%3Fc');
  });
});

describe('glossaryGraph', () => {
  let glossary: Glossary;

  beforeAll(async () => {
    glossary = await load(MINI);
  });

  const withTerm = (id: string, change: Partial<Term>): Glossary => {
    const terms = glossary.terms.map((t) => (t.id === id ? { ...t, ...change } : t));
    return { ...glossary, terms, termsById: new Map(terms.map((t) => [t.id, t])) };
  };

  it('lists the scheme, every term by id, and the non-empty categories', () => {
    const graph = glossaryGraph(glossary, glossaryIris(glossary.config), '1.0.0');
    expect(graph.scheme.id).toBe('https://example.org/glossary/scheme');
    expect(graph.terms.map((n) => n.id?.replace(/^.*\//, ''))).toEqual(['alpha', 'beta', 'delta-rtl', 'gamma-star']);
    expect(graph.collections.map((n) => n.id?.replace(/^.*\//, ''))).toEqual(['basics', 'edge-cases']);
    expect(graph.scheme.properties.hasTopConcept?.map((v) => 'iri' in v && v.iri.replace(/^.*\//, ''))).toEqual(['alpha', 'delta-rtl', 'gamma-star']);
  });

  it('writes each alias and the abbreviation once, and never the label itself, as alternative labels', () => {
    const changed = withTerm('alpha', { aliases: ['first letter', 'A', 'Alpha'], abbreviation: 'A' });
    const node = termNode(changed, glossaryIris(glossary.config), changed.termsById.get('alpha')!, { iri: 'https://example.org/glossary/scheme' });
    expect(node.properties.altLabel).toEqual([{ literal: 'first letter', language: 'en' }, { literal: 'A', language: 'en' }]);
    expect(node.properties.alternateName).toEqual(node.properties.altLabel);
  });

  it('types each source kind with a schema.org class', () => {
    const kinds: Source['kind'][] = ['paper', 'article', 'book', 'talk', 'post'];
    const base = glossary.termsById.get('alpha')!.sources[0]!;
    const changed = withTerm('alpha', { sources: kinds.map((kind) => ({ ...base, kind, doi: '10.1000/x' })) });
    const node = termNode(changed, glossaryIris(glossary.config), changed.termsById.get('alpha')!, { iri: 'x' });
    expect(node.properties.citation?.map((c) => 'types' in c && c.types)).toEqual([
      ['ScholarlyArticle'], ['Article'], ['Book'], ['CreativeWork'], ['BlogPosting'],
    ]);
    expect(node.properties.citation?.[0]).toMatchObject({ properties: { sameAs: [{ iri: 'https://doi.org/10.1000/x' }] } });
  });
});
