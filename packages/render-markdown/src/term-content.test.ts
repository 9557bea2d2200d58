import { describe, expect, it } from 'vitest';
import { root } from './build.js';
import { serialize } from './serialize.js';
import { TERM_SECTIONS, termContent } from './term-content.js';
import { glossaryFrom, MINI_DIR, withTerm, plainLinker } from './test-utils/fixtures.js';
import { headingsOf, parseMarkdown } from './test-utils/parse.js';

const linker = plainLinker;

describe('termContent', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const render = (g: typeof glossary, id: string, depth = 1) => serialize(root(termContent(g, g.termsById.get(id)!, linker, depth)));

  it('opens with the title and the short definition as the lead, then aliases and abbreviation', () => {
    const tree = parseMarkdown(render(glossary, 'alpha'));
    expect(tree.children.slice(0, 4).map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(render(glossary, 'alpha').split('\n\n').slice(0, 4)).toEqual([
      '# Alpha', 'The first term of the fixture, broader than beta.', '**Also known as:** first letter', '**Abbreviation:** A',
    ]);
  });

  it('only has the sections a term has something for, in a fixed order', () => {
    const sections = (id: string) => headingsOf(parseMarkdown(render(glossary, id, 3))).filter((h) => h.depth === 4).map((h) => h.text);
    expect(sections('alpha')).toEqual(['A subheading', 'Examples', 'Comparisons', 'Diagrams', 'FAQ', 'Related terms', 'Sources']);
    expect(sections('delta-rtl')).toEqual([TERM_SECTIONS.relations]);
  });

  it('names the replacement of a deprecated term', () => {
    const deprecated = withTerm(glossary, 'beta', { status: 'deprecated', replacedBy: 'alpha' });
    expect(render(deprecated, 'beta')).toContain('**Deprecated:** use [Alpha](alpha.md) instead.');
    expect(render(glossary, 'beta')).toContain('**Status:** draft');
  });

  it('lists relation targets A–Z by label under the relation labels', () => {
    const markdown = render(glossary, 'gamma-star');
    expect(markdown).toContain('## Related terms\n\n### Related\n\n- [Alpha](alpha.md) — The first term of the fixture, broader than beta.\n- [דלתא](delta-rtl.md)');
    expect(markdown).toContain('### Mitigates\n\n- [Beta](beta.md)');
  });
});
