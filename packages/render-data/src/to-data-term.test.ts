import { termLinkTarget } from '@alignment-glossary/core';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { CONTENT, load, MINI } from './test-utils/fixtures.js';
import { toDataTerm } from './to-data-term.js';

const mini = await load(MINI);
const dataTerm = (id: string) => toDataTerm(mini.termsById.get(id)!, mini.relations.get(id));

function termLinks(node: Nodes, found: string[] = []): string[] {
  if (node.type === 'link') {
    const target = termLinkTarget(node.url);
    if (target !== undefined) found.push(target);
  }
  if ('children' in node) for (const child of node.children) termLinks(child, found);
  return found;
}

describe('toDataTerm', () => {
  it('writes the fields in a fixed order, with every relation kind', () => {
    const alpha = dataTerm('alpha');
    expect(Object.keys(alpha)).toEqual([
      'id', 'term', 'aliases', 'abbreviation', 'shortDefinition', 'category', 'status', 'formerIds', 'relations',
      'examples', 'faq', 'sources', 'explanation',
    ]);
    expect(alpha.relations).toEqual({
      broader: [], narrower: ['beta'], related: ['gamma-star'], contrasts: ['delta-rtl'], mitigates: [], mitigatedBy: [],
    });
    expect(Object.keys(alpha.relations)).toEqual(['broader', 'narrower', 'related', 'contrasts', 'mitigates', 'mitigatedBy']);
  });

  it('includes the derived inverses (mitigatedBy, symmetric contrasts)', () => {
    expect(dataTerm('beta').relations.mitigatedBy).toEqual(['gamma-star']);
    expect(dataTerm('delta-rtl').relations.contrasts).toEqual(['alpha']);
  });

  it('leaves absent optional fields out instead of writing undefined or null', () => {
    const beta = dataTerm('beta');
    expect('abbreviation' in beta).toBe(false);
    expect('replacedBy' in beta).toBe(false);
    expect(beta.sources).toEqual([
      { title: 'Deep Learning', authors: ['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'], year: 2016, kind: 'book', url: 'https://www.deeplearningbook.org' },
    ]);
    expect(JSON.stringify(beta)).not.toMatch(/null|undefined/);
  });

  it('keeps labels, definitions and examples byte for byte', () => {
    const gamma = dataTerm('gamma-star');
    expect(gamma.term).toBe('a*b_c | `γ` 🚀');
    expect(gamma.faq).toEqual([{ question: 'Does the label survive?', answer: 'It must: a*b_c | `γ` 🚀 renders literally everywhere.' }]);
    expect(dataTerm('delta-rtl').term).toBe('דלתא');
    expect(dataTerm('alpha').examples[0]!.title).toBe('An example with <script>alert(1)</script> in it');
  });

  it('keeps every term: link of the real content in the Markdown explanation', async () => {
    const glossary = await load(CONTENT);
    let links = 0;
    for (const term of glossary.terms) {
      const markdown = toDataTerm(term, glossary.relations.get(term.id)).explanation;
      for (const target of termLinks(term.explanation)) {
        expect(markdown).toContain(`(term:${target})`);
        links++;
      }
    }
    expect(links).toBeGreaterThan(glossary.terms.length);
  });
});
