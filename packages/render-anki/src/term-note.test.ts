import { describe, expect, it } from 'vitest';
import { createNoteContext, FIELD_FORMAT_SINCE } from './note-context.js';
import { termNote } from './term-note.js';
import { miniGlossary } from './test-utils/glossaries.js';
import { unsafeParts } from './test-utils/unsafe-parts.js';

const T = FIELD_FORMAT_SINCE + 1000;

describe('termNote', async () => {
  const glossary = await miniGlossary();
  const context = createNoteContext(glossary, new Map([['alpha', T], ['categories/basics', T + 5]]), T - 10);
  const alpha = termNote(glossary.termsById.get('alpha')!, context);

  it('is keyed by the term id and ships both cards', () => {
    expect(alpha).toMatchObject({ key: 'term:alpha', kind: 'term', ords: [0, 1] });
  });

  it('keeps its key when the id is renamed (the old id moves to formerIds)', () => {
    const renamed = termNote({ ...glossary.termsById.get('alpha')!, id: 'alpha-prime', formerIds: ['alpha'] }, context);
    expect(renamed.key).toBe('term:alpha');
    expect(renamed.fields[0]).toBe('alpha-prime');
  });

  it('fills Id, Term, Definition, Aliases, Category, Related and Sources', () => {
    const [id, term, definition, , aliases, category, related, sources] = alpha.fields;
    expect([id, term, definition, aliases, category]).toEqual(['alpha', 'Alpha', 'The first term of the fixture, broader than beta.', 'A, first letter', 'Basics']);
    expect(related).toBe([
      '<div><strong>Narrower:</strong> <a href="https://example.org/glossary/terms/beta/">Beta</a></div>',
      '<div><strong>Related:</strong> <a href="https://example.org/glossary/terms/gamma-star/">a*b_c | `γ` 🚀</a></div>',
      '<div><strong>Contrasts with:</strong> <a href="https://example.org/glossary/terms/delta-rtl/">דלתא</a></div>',
    ].join('\n'));
    expect(sources).toBe(
      '<ul><li>Evan Hubinger et al. (2019). <a href="https://arxiv.org/abs/1906.01820">Risks from Learned Optimization in Advanced Machine Learning Systems</a>. <em>arXiv</em>.</li></ul>',
    );
  });

  it('renders the explanation and appends the examples, escaped', () => {
    const explanation = alpha.fields[3]!;
    expect(explanation).toMatch(/^<p>Alpha is the first term\. It relates to <a href="https:\/\/example\.org\/glossary\/terms\/beta\/">beta<\/a>/);
    expect(explanation).toContain('<h2>A subheading</h2>\n<ul>\n<li>a list item</li>\n<li>another item with <code>code</code></li>\n</ul>');
    expect(explanation).toMatch(/<p><em>Example: An example with &lt;script&gt;alert\(1\)&lt;\/script&gt; in it\.<\/em> Text with a \| pipe, \*stars\* and `backticks` that must stay literal\.<\/p>$/);
    for (const field of alpha.fields) expect(unsafeParts(field)).toEqual([]);
  });

  it('tags category, status, every neighbour and the term itself', () => {
    expect(alpha.tags).toEqual(['category::basics', 'related::beta', 'related::delta-rtl', 'related::gamma-star', 'status::stable', 'term::alpha']);
  });

  it('takes its mod from the term file and its category file', () => {
    expect(alpha.mod).toBe(T + 5);
    expect(termNote(glossary.termsById.get('delta-rtl')!, context).mod).toBe(T - 10);
  });
});
