import { describe, expect, it } from 'vitest';
import type { EdgeSnapshot, GlossarySnapshot, TermSnapshot } from './glossary-snapshot.js';
import { compareBumps, diffGlossaries, maxBump } from './term-diff.js';

const term = (id: string, over: Partial<TermSnapshot> = {}): TermSnapshot => ({
  id,
  term: id.replace(/-/g, ' '),
  aliases: [],
  shortDefinition: `The definition of ${id}.`,
  explanation: { text: `About ${id}.`, tree: `{"about":"${id}"}` },
  category: 'foundations',
  status: 'stable',
  formerIds: [],
  examples: '[]',
  faq: '[]',
  sources: '[]',
  ...over,
});

const snap = (terms: TermSnapshot[], edges: readonly EdgeSnapshot[] = [], entities: GlossarySnapshot['entities'] = {}): GlossarySnapshot => ({
  terms: new Map(terms.map((t) => [t.id, t])),
  edges,
  entities,
});

const base = snap([term('a'), term('b'), term('c')], [{ from: 'a', kind: 'related', to: 'b' }, { from: 'c', kind: 'broader', to: 'a' }]);

describe('diffGlossaries', () => {
  it('finds nothing between equal snapshots: bump none', () => {
    expect(diffGlossaries(base, base)).toEqual({ terms: [], entities: [], bump: 'none' });
  });

  it('reports a new term as added → minor, without listing its own relations elsewhere', () => {
    const head = snap([...base.terms.values(), term('d')], [...base.edges, { from: 'd', kind: 'broader', to: 'a' }]);
    const diff = diffGlossaries(base, head);
    expect(diff.terms).toEqual([{ kind: 'added', id: 'd', label: 'd', fields: [], bump: 'minor' }]);
    expect(diff.bump).toBe('minor');
  });

  it('reports a removed id → major, and the relation edit on the term that wrote it', () => {
    const head = snap([term('a'), term('b')], [{ from: 'a', kind: 'related', to: 'b' }]);
    const diff = diffGlossaries(base, head);
    expect(diff.terms.map((c) => [c.kind, c.id, c.bump])).toEqual([['removed', 'c', 'major']]);
    expect(diff.bump).toBe('major');
  });

  it('treats a removed id named in a new term’s formerIds as a rename → major, carrying relations over', () => {
    const head = snap(
      [term('a'), term('b'), { ...term('c'), id: 'c-new', formerIds: ['c'] }],
      [{ from: 'a', kind: 'related', to: 'b' }, { from: 'c-new', kind: 'broader', to: 'a' }],
    );
    const diff = diffGlossaries(base, head);
    expect(diff.terms).toEqual([{ kind: 'renamed', id: 'c-new', formerId: 'c', label: 'c', fields: [], bump: 'major' }]);
    expect(diff.bump).toBe('major');
  });

  it('reports field edits of a renamed term', () => {
    const head = snap([term('a'), term('b'), { ...term('c'), id: 'c2', formerIds: ['c'], shortDefinition: 'New words.' }], [
      { from: 'a', kind: 'related', to: 'b' }, { from: 'c2', kind: 'broader', to: 'a' },
    ]);
    expect(diffGlossaries(base, head).terms[0]!.fields).toEqual([{ field: 'shortDefinition' }]);
  });

  it('treats a merge (old id into an existing term) as a rename and keeps the survivor’s own edits apart', () => {
    const head = snap([term('a', { formerIds: ['c'] }), term('b')], [{ from: 'a', kind: 'related', to: 'b' }]);
    const diff = diffGlossaries(base, head);
    expect(diff.terms.map((c) => [c.kind, c.formerId, c.id, c.fields])).toEqual([['renamed', 'c', 'a', []]]);
  });

  it('reports deprecation → minor with its replacement', () => {
    const head = snap([term('a'), term('b', { status: 'deprecated', replacedBy: 'a' }), term('c')], base.edges);
    const diff = diffGlossaries(base, head);
    expect(diff.terms).toEqual([{ kind: 'deprecated', id: 'b', label: 'b', replacedBy: 'a', fields: [], bump: 'minor' }]);
    expect(diff.bump).toBe('minor');
  });

  it('lists each changed field → patch, with from/to for short fields', () => {
    const head = snap(
      [
        term('a', { shortDefinition: 'Other words.', explanation: { text: 'x', tree: '{"x":1}' }, category: 'failure-modes', sources: '[{"title":"T"}]' }),
        term('b', { aliases: ['bee'], term: 'B', examples: '[{"title":"e"}]', faq: '[{"q":1}]', status: 'draft' }),
        term('c'),
      ],
      base.edges,
    );
    const diff = diffGlossaries(base, head);
    expect(diff.bump).toBe('patch');
    expect(diff.terms).toEqual([
      {
        kind: 'changed', id: 'a', label: 'a', bump: 'patch',
        fields: [{ field: 'shortDefinition' }, { field: 'explanation' }, { field: 'category', from: 'foundations', to: 'failure-modes' }, { field: 'sources' }],
      },
      {
        kind: 'changed', id: 'b', label: 'B', bump: 'patch',
        fields: [{ field: 'term', from: 'b', to: 'B' }, { field: 'aliases' }, { field: 'status', from: 'stable', to: 'draft' }, { field: 'examples' }, { field: 'faq' }],
      },
    ]);
  });

  it('compares explanations as plain text when one side has no tree', () => {
    const head = snap([term('a', { explanation: { text: 'About a.' } }), term('b'), term('c')], base.edges);
    expect(diffGlossaries(base, head).terms).toEqual([]);
    const edited = snap([term('a', { explanation: { text: 'About a, edited.' } }), term('b'), term('c')], base.edges);
    expect(diffGlossaries(base, edited).terms[0]!.fields).toEqual([{ field: 'explanation' }]);
  });

  it('does not count moving a symmetric relation to the other term as a change', () => {
    const head = snap([...base.terms.values()], [{ from: 'b', kind: 'related', to: 'a' }, { from: 'c', kind: 'broader', to: 'a' }]);
    expect(diffGlossaries(base, head).bump).toBe('none');
  });

  it('reports relation edits on the term that writes them', () => {
    const head = snap([...base.terms.values()], [{ from: 'a', kind: 'contrasts', to: 'b' }, { from: 'c', kind: 'broader', to: 'a' }, { from: 'b', kind: 'mitigates', to: 'c' }]);
    const diff = diffGlossaries(base, head);
    expect(diff.terms.map((c) => [c.id, c.fields])).toEqual([
      ['a', [{ field: 'relations', added: [{ from: 'a', kind: 'contrasts', to: 'b' }], removed: [{ from: 'a', kind: 'related', to: 'b' }] }]],
      ['b', [{ field: 'relations', added: [{ from: 'b', kind: 'mitigates', to: 'c' }], removed: [] }]],
    ]);
  });

  it('reports other content by kind: added → minor, removed → major, changed → patch', () => {
    const before = snap([term('a')], [], { comparison: new Map([['x', '1'], ['y', '1']]), book: new Map([['full', '1']]) });
    const after = snap([term('a')], [], { comparison: new Map([['x', '2'], ['z', '1']]), book: new Map([['full', '1']]) });
    const diff = diffGlossaries(before, after);
    expect(diff.entities).toEqual([
      { kind: 'changed', entity: 'comparison', id: 'x', bump: 'patch' },
      { kind: 'removed', entity: 'comparison', id: 'y', bump: 'major' },
      { kind: 'added', entity: 'comparison', id: 'z', bump: 'minor' },
    ]);
    expect(diff.bump).toBe('major');
  });

  it('compares only ids of content whose shape is unknown on one side', () => {
    const before = snap([term('a')], [], { book: new Map([['full', undefined]]) });
    const after = snap([term('a')], [], { book: new Map([['full', '{"changed":true}']]), diagram: new Map([['d', '1']]) });
    expect(diffGlossaries(before, after).entities).toEqual([]);
  });
});

describe('bumps', () => {
  it('orders none < patch < minor < major', () => {
    expect(compareBumps('patch', 'none')).toBeGreaterThan(0);
    expect(compareBumps('minor', 'major')).toBeLessThan(0);
    expect(compareBumps('minor', 'minor')).toBe(0);
    expect(maxBump(['patch', 'major', 'minor'])).toBe('major');
    expect(maxBump([])).toBe('none');
  });
});
