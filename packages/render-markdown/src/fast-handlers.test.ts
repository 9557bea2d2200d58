import type { PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { heading, link, list, listItem, paragraph, root, strong, text } from './build.js';
import { FAST_HANDLERS } from './fast-handlers.js';
import { MARKDOWN_STYLE, TO_MARKDOWN_OPTIONS } from './serialize.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

/** What the serializer writes with its own handlers only. */
const reference = (tree: Root) => toMarkdown(tree, MARKDOWN_STYLE);
const fast = (tree: Root) => toMarkdown(tree, TO_MARKDOWN_OPTIONS);

/** mulberry32, so the random strings are the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every character some unsafe pattern is about, the letters and digits their contexts name, and plain ones.
const ALPHABET = [...'*_`[]()<>!#&\\{}|~-+.:@="\'', '1', '2', 'w', 'W', 'p', 's', 'h', 'a', 'z', ' ', ' ', ' ', '\n', '\n', '\t', '\r', 'é', '🚀', 'ש', '\u0000', '\u007f'];

const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const inlineCode = (value: string): PhrasingContent => ({ type: 'inlineCode', value });

/** Trees that put three strings in the places where escaping differs: flow starts, labels, URLs, cells, attention. */
const CONTEXTS: ((a: string, b: string, c: string) => Root)[] = [
  (a, b, c) => root([paragraph(a), paragraph(b, c)]),
  (a, b) => root([heading(2, a), heading(1, b)]),
  (a, b, c) => root([heading(3, a), heading(6, text(b), strong(c), link(c, a)), heading(4, inlineCode(b), emphasis(c)), { type: 'heading', depth: 5, children: [] }]),
  (a, b) => root([heading(2, text(a), { type: 'break' }, text(b)), heading(1, strong(a))]),
  (a, b, c) => root([paragraph(text(a), link(`https://e.org/${c}`, b), text(c))]),
  (a, b, c) => root([paragraph(link(b, a), text(c), link('#x', [strong(b)]))]),
  (a, b) => root([paragraph(text(b), link(`https://e.org/${a}`, `https://e.org/${a}`), text(b))]),
  (a, b, c) => root([paragraph(strong(a), text(b), emphasis(c), text(a))]),
  (a, b, c) => root([paragraph(inlineCode(a), text(b), inlineCode(c), text(a))]),
  (a, b, c) => root([list([listItem([a]), listItem([text(b), link(c, c)], list([listItem([c])]))]), list([listItem([b])], true)]),
  (a, b, c) => root([
    {
      type: 'table',
      align: [null, null],
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [text(a)] }, { type: 'tableCell', children: [link(c, b)] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [text(c)] }, { type: 'tableCell', children: [strong(b)] }] },
      ],
    },
  ]),
  (a, b, c) => root([{ type: 'code', lang: a.replace(/\s/g, '') || null, value: b }, paragraph(c)]),
  (a, b, c) => ({ type: 'root', children: [text(a), strong(b), text(c)] }),
];

describe('FAST_HANDLERS', () => {
  it('write exactly what the serializer writes with its own handlers, for random strings of Markdown specials', () => {
    const random = prng(20241125);
    const string = () => Array.from({ length: Math.floor(random() * 10) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
    let compared = 0;
    for (let round = 0; round < 400; round++) {
      for (const context of CONTEXTS) {
        const tree = context(string(), string(), string());
        expect(fast(tree)).toBe(reference(tree));
        compared++;
      }
    }
    expect(compared).toBe(400 * CONTEXTS.length);
  });

  it('write every explanation of the real content and the mini fixture exactly as the serializer does', async () => {
    for (const dir of [CONTENT_DIR, MINI_DIR]) {
      const glossary = await glossaryFrom(dir);
      for (const term of glossary.terms) expect(fast(term.explanation)).toBe(reference(term.explanation));
    }
  });

  it('still escape what needs escaping', () => {
    const tree = root([paragraph('a*b_c [x] <b> &amp; `c` {{x}}'), heading(2, '# 1. - x')]);
    expect(fast(tree)).toBe('a\\*b_c \\[x] \\<b> \\&amp; \\`c\\` \\{\\{x}}\n\n## # 1. - x\n');
  });

  it('replace only the root, text and heading handlers', () => {
    expect(Object.keys(FAST_HANDLERS).sort()).toEqual(['heading', 'root', 'text']);
  });
});
