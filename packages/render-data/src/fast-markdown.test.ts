import fc from 'fast-check';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { referenceMarkdown } from './explanation-to-markdown.js';
import { fastMarkdown } from './fast-markdown.js';
import { CONTENT, MINI, load } from './test-utils/fixtures.js';

/** Parsed as core parses term bodies: CommonMark plus GFM tables. */
const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

/** fastMarkdown either gives up or writes exactly what mdast-util-to-markdown writes. */
function expectSameOrUnsupported(markdown: string): string | undefined {
  const tree = parse(markdown);
  if (tree.children.length === 0) return undefined;
  const fast = fastMarkdown(tree);
  if (fast !== undefined) expect(fast, JSON.stringify(markdown)).toBe(referenceMarkdown(tree));
  return fast;
}

describe('fastMarkdown', () => {
  it('writes every explanation of the real content and the mini fixture exactly as mdast-util-to-markdown does', async () => {
    let fast = 0;
    for (const glossary of [await load(CONTENT), await load(MINI)]) {
      for (const term of glossary.terms) {
        const value = fastMarkdown(term.explanation);
        if (value === undefined) continue;
        fast++;
        expect(value, term.id).toBe(referenceMarkdown(term.explanation));
      }
    }
    // The real content takes the fast path (84 terms, plus 3 of the 4 mini terms).
    expect(fast).toBeGreaterThanOrEqual(87);
  });

  it('writes the common shapes itself', () => {
    const markdown = [
      'Some *emphasis*, **strong** text, `code` and [a link](term:inner-alignment), (in parentheses); "quoted"?',
      'A second line: it goes on.',
      '',
      '## A heading with [a link](https://example.org/a?b=c#d)',
      '',
      '- an item with _emphasis_',
      '- another item\n  over two lines',
      '',
      '| a | b |',
      '| - | :-: |',
      '| `x` | **y** |',
    ].join('\n');
    expect(expectSameOrUnsupported(markdown)).toBeDefined();
  });

  it.each([
    ['an ordered list', '1. one\n2. two'],
    ['a digit and a dot at the start of a line', 'the year\n1990. was'],
    ['a dash at the start of a line', 'a\n\\- b'],
    ['an autolink', '<https://example.org>'],
    ['a link whose text is its URL', '[https://example.org](https://example.org)'],
    ['a link with a title', '[a](https://example.org "title")'],
    ['a link with parentheses in its URL', '[a](https://example.org/a_(b))'],
    ['intraword emphasis', 'a*b*c'],
    ['emphasis next to emphasis', '*a***b**'],
    ['an underscore', 'snake_case'],
    ['an ampersand', 'this &amp; that'],
    ['a hard break', 'a  \nb'],
    ['a code block', '```js\nx\n```'],
    ['a block quote', '> quoted'],
    ['a thematic break', 'a\n\n***'],
    ['two lists in a row', '- a\n\n\n* b'],
    ['a nested list', '- a\n  - b'],
    ['a spread list item', '- a\n\n  b'],
    ['a pipe in a table cell', '| a |\n| - |\n| `b\\|c` |'],
    ['an inline code with a backtick', '`` a`b ``'],
  ])('gives up on %s', (_, markdown) => {
    expect(expectSameOrUnsupported(markdown)).toBeUndefined();
  });

  /** Documents made of the given pieces, joined by spaces, nothing or line endings, in a few kinds of blocks. */
  function documents(pieces: readonly string[], prefixes: readonly string[]): fc.Arbitrary<string> {
    const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).chain((chosen) =>
      fc.array(fc.constantFrom(' ', '', ' ', '\n'), { minLength: chosen.length, maxLength: chosen.length })
        .map((gaps) => chosen.map((p, i) => p + gaps[i]).join('')));
    const prefix = fc.constantFrom(...prefixes);
    const block = fc.tuple(prefix, line, fc.option(line, { nil: undefined })).map(([start, first, second]) =>
      start === '| '
        ? `| ${first.replaceAll('\n', ' ')} | b |\n| - | :-: |\n| ${second?.replaceAll('\n', ' ') ?? ''} | c |`
        : start + first + (second ? `\n${second}` : ''));
    return fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: 6 })
      .map((blocks) => blocks.map(([b, gap]) => b + gap).join(''));
  }

  /** Pieces the fast path accepts in some places and not in others. */
  const BORDERLINE = [
    'word', 'Word', 'e.g.', "it's", '"quoted"', '(paren)', '(', ')', 'a-b', '-', '--', 'x: y', ':', ':-', '1990', '1.', '1)',
    '2.5', '.', ',', '?', '*em*', '**strong**', '_em_', '`code`', '`a|b`', '[l](term:x)', '[l](https://x.org/a?b=c#d)',
    '[*e*](term:y)', '[`c`](term:z)', '[`]:`](term:w)', 'é', '–', '🚀', ' ',
  ];
  /** Everything else that Markdown could read as syntax. */
  const RISKY = [
    ...BORDERLINE, '+', '*', '**', '_', '__', '#', '##', '>', '<', '<b>', '<https://x.org>', '=', '|', '`', '``', '[', ']', '](',
    '!', '![i](u)', '&', '&amp;', '&#42;', '\\', '\\*', '~', '~~x~~', 'a*b*c', '[term:x](term:x)', '[l](u "t")', '[l](<a b>)',
    '[https://x.org](https://x.org)', '[x@y.org](mailto:x@y.org)', 'www.x.org', 'https://x.org', '  ', '\t',
  ];

  it.each([
    ['borderline', BORDERLINE, ['', '', '## ', '- ', '| '], 0.1],
    ['risky', RISKY, ['', '', '', '## ', '### ', '- ', '* ', '1. ', '> ', '    ', '| '], 0],
  ] as const)('never writes anything but what mdast-util-to-markdown writes (generated documents, %s pieces)', (_, pieces, prefixes, share) => {
    let fast = 0;
    fc.assert(fc.property(documents(pieces, prefixes), (markdown) => {
      if (expectSameOrUnsupported(markdown) !== undefined) fast++;
    }), { numRuns: 2000, seed: 20261125 });
    // Enough of them take the fast path for the comparison to mean something.
    expect(fast / 2000).toBeGreaterThanOrEqual(share);
  }, 120_000);

  it('matches mdast-util-to-markdown on trees no parser makes (whitespace at the edges of a paragraph, adjacent text)', () => {
    const paragraph = (...values: string[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children: values.map((value) => ({ type: 'text' as const, value })) }] });
    for (const tree of [paragraph('a '), paragraph(' a'), paragraph('a\n'), paragraph('\na'), paragraph('a', 'b'), paragraph(''), paragraph('a \nb')]) {
      const fast = fastMarkdown(tree);
      if (fast !== undefined) expect(fast).toBe(referenceMarkdown(tree));
    }
    expect(fastMarkdown(paragraph('a '))).toBeUndefined();
  });

  it('takes the fast path on a good share of the generated documents, so the comparison above means something', () => {
    const plain = ['Plain words, and more.', 'With `code` and [a link](term:a).', '## Heading', '- item one\n- item two', '| a | b |\n| - | - |\n| c | d |'];
    for (const markdown of plain) expect(expectSameOrUnsupported(markdown), markdown).toBeDefined();
  });
});
