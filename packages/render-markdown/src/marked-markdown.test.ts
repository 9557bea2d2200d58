import type { PhrasingContent, RootContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { pageMarkdown } from './book-files.js';
import { bookParts } from './book-parts.js';
import { heading, list, listItem, paragraph, root } from './build.js';
import { mdBookLinker, type Linker } from './linker.js';
import { fillPart, LinkPlaceholders, markPart } from './marked-markdown.js';
import { planBook } from './plan-book.js';
import { targetLink } from './resolve-anchors.js';
import { serializePart } from './serialize.js';
import { termEntry } from './term-entry.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

/** A linker of fixed URLs per term id. */
const linkerOf = (urls: Record<string, string>): Linker => ({ term: (id) => ({ url: urls[id] ?? `${id}.md` }), chapter: (slug) => ({ url: `${slug}.md` }) });

const cell = (...children: PhrasingContent[]) => ({ type: 'tableCell' as const, children });
const table = (...rows: PhrasingContent[][]): Table => ({ type: 'table', align: [null, null], children: rows.map((r) => ({ type: 'tableRow', children: r.map((c) => cell(c)) })) });

describe('markPart and fillPart', () => {
  /** Marks `build(placeholders)`, and fills it in with `linker` at `shift`; also serializes it with `linker` directly. */
  function both(build: (linker: Linker) => RootContent[], linker: Linker, shift = 0) {
    const placeholders = new LinkPlaceholders();
    const marked = markPart(build(placeholders.linker));
    const shifted = (blocks: RootContent[]) => blocks.map((b) => (b.type === 'heading' ? { ...b, depth: Math.min(6, b.depth + shift) as 1 } : b));
    return { marked, filled: marked && fillPart(marked, placeholders, linker, shift), direct: serializePart(root(shifted(build(linker)))) };
  }

  it('give every page of the real content and the mini fixture exactly, from one marked serialization', async () => {
    let parts = 0;
    for (const dir of [MINI_DIR, CONTENT_DIR]) {
      const glossary = await glossaryFrom(dir);
      for (const book of glossary.books) {
        const plan = planBook(glossary, book);
        for (const part of bookParts(glossary, plan)) {
          const placeholders = new LinkPlaceholders();
          const marked = markPart(part.blocks(placeholders.linker, 'page'));
          expect(marked, part.page).toBeDefined(); // nothing in this content needs the slow way
          const linker = mdBookLinker(plan, part.page);
          expect(fillPart(marked!, placeholders, linker, 0), part.page).toBe(pageMarkdown(part, linker));
          parts++;
        }
      }
    }
    expect(parts).toBeGreaterThan(100);
  });

  it('shift headings and fill links and anchors in', () => {
    const build = (l: Linker) => [heading(1, 'T'), paragraph('See ', targetLink(l.term('a'), 'A'), '.'), heading(6, 'Deep'), heading(2, 'S')];
    const { marked, filled, direct } = both(build, linkerOf({ a: '#a' }), 2);
    expect(marked!.marks).toEqual([-1, 0, -6, -2]);
    expect(filled).toBe('### T\n\nSee [A](#a).\n\n###### Deep\n\n#### S');
    expect(filled).toBe(direct);
  });

  it('serialize a top-level table with links per form, as its cells are padded to the real URLs', () => {
    const build = (l: Linker) => [heading(1, 'T'), table([targetLink(l.term('a'), 'A'), { type: 'text', value: 'x' }], [{ type: 'text', value: 'long cell text' }, targetLink(l.term('b'), 'B')])];
    for (const urls of [{ a: '#a', b: '#b' }, { a: '../chapter/a-long-term-id.md', b: 'https://site.example/terms/b/' }]) {
      const { marked, filled, direct } = both(build, linkerOf(urls));
      expect(marked!.tables).toHaveLength(1);
      expect(filled).toBe(direct);
    }
  });

  it('reuse what they wrote for a shared paragraph only where it stands alike', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const build = (l: Linker) => {
      const entry = termEntry(glossary, l, 'gamma-star')!; // one node, in four places
      return [
        heading(1, 'T'),
        list([entry, entry]),
        list([listItem(['x'], list([entry]))], true),
        { type: 'blockquote', children: [list([entry])] },
      ] as RootContent[];
    };
    const { marked, filled, direct } = both(build, linkerOf({}));
    expect(marked!.marks.filter((m) => m >= 0)).toHaveLength(4);
    expect(filled).toBe(direct);
  });

  it('give up where marking could change a byte', () => {
    const give = (build: (l: Linker) => RootContent[]) => both(build, linkerOf({})).marked;
    // A level-2 heading with a line break is written setext.
    expect(give(() => [heading(2, 'a', { type: 'break' }, 'b')])).toBeUndefined();
    // A link whose text could be its URL could be written as an autolink.
    expect(give((l) => [paragraph(targetLink(l.term('a'), 'https://site.example/terms/a/'))])).toBeUndefined();
    // A table with a link below the top level would be indented, line by line.
    expect(give((l) => [list([{ type: 'listItem', children: [table([targetLink(l.term('a'), 'A')])] }])])).toBeUndefined();
    // Content with the marks' own characters.
    expect(give(() => [paragraph('x \uE0021 y')])).toBeUndefined();
    expect(give((l) => [paragraph(targetLink(l.term('a'), 'A'), ' \uE0000\uE001')])).toBeUndefined();
    // And they are fine elsewhere.
    expect(give((l) => [heading(3, 'a', { type: 'break' }, 'b'), paragraph(targetLink(l.term('a'), 'http is fine')), list([listItem(['\uE000 \uE002'])])])).toBeDefined();
  });

  it('fill a form in only where the serializer writes its URLs as they are', () => {
    const build = (l: Linker) => [heading(1, 'T'), paragraph(targetLink(l.term('a'), 'A'))];
    for (const url of ['a b.md', 'a(1).md', 'a&amp;.md', 'a\\b.md', 'a{b}.md', '<a>.md', 'mailto:x@example.org', 'a*_`~[].md', 'a|b']) {
      const { filled, direct } = both(build, linkerOf({ a: url }));
      expect(filled, url).toBeUndefined();
      expect(direct).toContain('[A](');
    }
    for (const url of ['#ab_c--γ-', '../x/a-b.md', 'https://site.example/terms/a/', '#דלתא', '#a%20b']) {
      const { filled, direct } = both(build, linkerOf({ a: url }));
      expect(filled, url).toBe(direct);
    }
  });
});
