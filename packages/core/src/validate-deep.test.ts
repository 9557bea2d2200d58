import { describe, expect, it } from 'vitest';
import type { ParsedTerm } from './parse-term.js';
import { TermFrontmatter } from './schema.js';
import { validate, type ContentFiles } from './validate.js';

/** Content with already-parsed terms (no Markdown), for cross-file rules at sizes parsing would make slow. */
function content(terms: { id: string; broader?: string[]; related?: string[] }[]): ContentFiles {
  return {
    config: { file: 'glossary.yaml', positions: {}, diagnostics: [], data: { title: 'T', description: 'D', language: 'en', siteUrl: 'https://example.org', iriBase: 'https://example.org/t/', license: 'MIT' } },
    categories: [{ file: 'categories/c.yaml', positions: {}, diagnostics: [], data: { id: 'c', title: 'C', description: 'C.', order: 1 } }],
    comparisons: [], diagrams: [], books: [],
    terms: terms.map(({ id, broader = [], related = [] }) => {
      const frontmatter = TermFrontmatter.parse({ id, term: `Term ${id}`, shortDefinition: `Definition of ${id}.`, category: 'c', status: 'draft', relations: { broader, related } });
      const term: ParsedTerm = {
        file: `terms/${id}.md`, frontmatter, explanation: { type: 'root', children: [] }, explanationText: '', wordCount: 0,
        termLinks: [], positions: { 'relations.related[0]': { line: 9, column: 13 } }, contentHash: '',
      };
      return { file: term.file, term, diagnostics: [] };
    }),
  };
}

describe('validate on deep hierarchies', () => {
  it('checks "related to an ancestor" along a 20,000-term broader chain without overflowing the stack', () => {
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, broader: i ? [`t${i - 1}`] : [] }));
    const bottom = chain[n - 1]!;
    const ok = validate(content([...chain.slice(0, -1), { ...bottom, related: ['z'] }, { id: 'z' }]));
    expect(ok.diagnostics.filter((d) => d.rule === 'related-to-ancestor')).toEqual([]);
    const bad = validate(content([...chain.slice(0, -1), { ...bottom, related: ['t0'] }]));
    expect(bad.diagnostics.filter((d) => d.rule === 'related-to-ancestor')).toMatchObject([
      { file: `terms/t${n - 1}.md`, line: 9, column: 13, field: 'relations.related[0]' },
    ]);
  });

  it('finds an ancestor reached through a second parent, and tolerates broader cycles', () => {
    const dag = validate(content([{ id: 'a' }, { id: 'b' }, { id: 'c', broader: ['a', 'b'] }, { id: 'd', broader: ['c'], related: ['b'] }]));
    expect(dag.diagnostics.filter((d) => d.rule === 'related-to-ancestor').map((d) => d.file)).toEqual(['terms/d.md']);
    const cycle = validate(content([{ id: 'a', broader: ['b'] }, { id: 'b', broader: ['c'] }, { id: 'c', broader: ['a'] }, { id: 'd', related: ['a'] }]));
    expect(cycle.diagnostics.map((d) => d.rule)).toContain('broader-cycle');
    expect(cycle.diagnostics.map((d) => d.rule)).not.toContain('related-to-ancestor');
  });
});
