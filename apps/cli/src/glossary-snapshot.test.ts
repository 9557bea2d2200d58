import { readContent } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { canonicalJson, edgeKey, snapshotFromContent, snapshotFromGlossaryJson } from './glossary-snapshot.js';
import { diffGlossaries } from './term-diff.js';
import { MINI_CONTENT, publishedGlossary } from './test-utils/index.js';

describe('canonicalJson', () => {
  it('ignores key order, re-wrapped text and undefined members', () => {
    expect(canonicalJson({ b: 'one  two\nthree', a: [1, { y: undefined, x: ' z ' }] })).toBe('{"a":[1,{"x":"z"}],"b":"one two three"}');
  });
});

describe('edgeKey', () => {
  it('is the same for a symmetric relation written on either term, and directed otherwise', () => {
    expect(edgeKey({ from: 'a', kind: 'related', to: 'b' })).toBe(edgeKey({ from: 'b', kind: 'related', to: 'a' }));
    expect(edgeKey({ from: 'a', kind: 'broader', to: 'b' })).not.toBe(edgeKey({ from: 'b', kind: 'broader', to: 'a' }));
  });
});

describe('snapshotFromContent', () => {
  it('keeps every term and the authored relations of the mini fixture', async () => {
    const s = snapshotFromContent(await readContent(MINI_CONTENT));
    expect([...s.terms.keys()].sort()).toEqual(['alpha', 'beta', 'delta-rtl', 'gamma-star']);
    expect(s.edges.map((e) => `${e.from} ${e.kind} ${e.to}`).sort()).toEqual([
      'alpha contrasts delta-rtl', 'alpha related gamma-star', 'beta broader alpha', 'delta-rtl related gamma-star', 'gamma-star mitigates beta',
    ]);
    expect(s.terms.get('alpha')).toMatchObject({ term: 'Alpha', aliases: ['first letter'], abbreviation: 'A', category: 'basics', status: 'stable' });
    expect([...s.entities.comparison!.keys()]).toEqual(['alpha-vs-beta']);
    expect([...s.entities.category!.keys()].sort()).toEqual(['basics', 'edge-cases', 'empty']);
  });
});

describe('snapshotFromGlossaryJson', () => {
  it('reads the data package’s glossary.json as equal to the content folder it was built from', async () => {
    const fromJson = snapshotFromGlossaryJson(await publishedGlossary(MINI_CONTENT));
    const fromContent = snapshotFromContent(await readContent(MINI_CONTENT));
    expect(diffGlossaries(fromJson, fromContent)).toEqual({ terms: [], entities: [], bump: 'none' });
    expect(fromJson.terms.get('alpha')!.explanation).toEqual(fromContent.terms.get('alpha')!.explanation);
    expect(Object.keys(fromJson.entities).sort()).toEqual(['category', 'comparison', 'config']);
  });

  it('sees edits between a published version and the content', async () => {
    const published = await publishedGlossary(MINI_CONTENT);
    const older = {
      ...published,
      title: 'Older title',
      terms: published.terms.map((t) => (t.id === 'alpha' ? { ...t, explanation: t.explanation.replace('term:gamma-star', 'term:beta') } : t)),
    };
    const diff = diffGlossaries(snapshotFromGlossaryJson(older), snapshotFromContent(await readContent(MINI_CONTENT)));
    expect(diff.terms).toEqual([{ kind: 'changed', id: 'alpha', label: 'Alpha', fields: [{ field: 'explanation' }], bump: 'patch' }]);
    expect(diff.entities).toEqual([{ kind: 'changed', entity: 'config', id: 'glossary', bump: 'patch' }]);
  });

  it('accepts terms keyed by id with plain-text explanations and derived inverses', () => {
    const s = snapshotFromGlossaryJson({
      terms: {
        a: { term: 'A', shortDefinition: 'x', explanationText: 'About  a.', category: 'c', status: 'stable', relations: { narrower: ['b'] } },
        b: { term: 'B', shortDefinition: 'y', category: 'c', status: 'draft', relations: { broader: ['a'] } },
      },
    });
    expect(s.edges).toEqual([{ from: 'b', kind: 'broader', to: 'a' }]);
    expect(s.terms.get('a')!.explanation).toEqual({ text: 'About a.', tree: undefined });
  });

  it('says what is wrong with a file that is not a glossary', () => {
    expect(() => snapshotFromGlossaryJson([1, 2])).toThrow('expected an object with "terms"');
    expect(() => snapshotFromGlossaryJson({ version: '1.0.0' })).toThrow('no "terms" found');
  });
});
