import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { heading, list, listItem, paragraph, root, text } from './build.js';
import { joinParts, serialize, serializePart } from './serialize.js';
import { parseMarkdown, tablesOf } from './test-utils/parse.js';
import { toString } from 'mdast-util-to-string';

describe('serialize', () => {
  it('escapes every Markdown special in text, and the parse gives the text back', () => {
    const value = 'a*b_c | `γ` 🚀 [[x]] <b>&amp; # 1. {{#include x}} {#id} דלתא';
    const markdown = serialize(root([heading(2, value), paragraph(value)]));
    const tree = parseMarkdown(markdown);
    expect(tree.children.map((n) => toString(n))).toEqual([value, value]);
  });

  it('escapes "{" so mdBook never sees {{#include}} and no heading ends in an attribute block', () => {
    const markdown = serialize(root([heading(1, 'Title {#custom}'), paragraph(text('{{#include ../secret.md}}'))]));
    expect(markdown).toBe('# Title \\{#custom}\n\n\\{\\{#include ../secret.md}}\n');
    expect(markdown).not.toContain('{{');
  });

  it('escapes what a GFM reader would take for strikethrough or an autolink literal, though it writes no GFM but tables', () => {
    // The books are read as GFM (pandoc --from gfm, GitHub): a bare URL or a tilde in the source stays text there.
    const markdown = serialize(root([paragraph('see www.example.org, me@example.org, https://example.org/x and ~not struck~ or ~~this~~')]));
    expect(markdown).toBe('see www\\.example.org, me\\@example.org, https\\://example.org/x and \\~not struck\\~ or \\~\\~this\\~\\~\n');
    expect(parseMarkdown(serialize(root([paragraph('~not struck~ or ~~this~~')]))).children[0]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', value: '~not struck~ or ~~this~~' }],
    });
  });

  it('writes GFM tables', () => {
    const table = parseMarkdown('| a | b |\n| - | :-: |\n| x \\| y | `z` |\n').children[0]!;
    const markdown = serialize(root([table as RootContent]));
    expect(markdown).toBe('| a      |  b  |\n| ------ | :-: |\n| x \\| y | `z` |\n');
    expect(tablesOf(parseMarkdown(markdown))).toEqual([[['a', 'b'], ['x | y', 'z']]]);
  });

  it('uses "-" bullets, "*" emphasis and fenced code', () => {
    const markdown = serialize(parseMarkdown('* a\n* b\n\n_e_ __s__\n\n    code\n'));
    expect(markdown).toBe('- a\n- b\n\n*e* **s**\n\n```\ncode\n```\n');
  });

  it('joins parts that each start with a heading exactly as one tree, lists at their ends included', () => {
    const parts = [
      [heading(1, 'A'), list([listItem(['x'])])],
      [heading(2, 'B'), list([listItem(['y'])]), list([listItem(['y2'])])],
      [heading(2, 'C'), paragraph('z'), list([listItem(['w'])], true)],
    ];
    const whole = serialize(root(parts.flat()));
    expect(joinParts(parts.map((p) => serializePart(root(p))))).toBe(whole);
    expect(whole).toContain('- y\n\n* y2'); // the second list of a pair changes its bullet: why parts must not start with one
    expect(joinParts([])).toBe(serialize(root([])));
  });
});
