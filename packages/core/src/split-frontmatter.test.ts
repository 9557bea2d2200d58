import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './split-frontmatter.js';

const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const bodyOnly = unified().use(remarkParse).use(remarkGfm);

/** Node types and line/column of every node, so two trees can be compared with their positions. */
function shape(tree: Root, lineOffset = 0): unknown[] {
  const out: unknown[] = [];
  visit(tree, (node) => {
    if (node.type === 'root') return;
    out.push([node.type, 'value' in node ? node.value : undefined, node.position && node.position.start.line + lineOffset, node.position?.start.column]);
  });
  return out;
}

describe('splitFrontmatter', () => {
  it('cuts the YAML and the body and says where the body starts', () => {
    expect(splitFrontmatter('---\nid: a\nterm: A\n---\n\nBody.\n')).toEqual({ yaml: 'id: a\nterm: A', body: '\nBody.\n', bodyLine: 5 });
    expect(splitFrontmatter('---\r\nid: a\r\n---\r\nBody')).toEqual({ yaml: 'id: a', body: 'Body', bodyLine: 4 });
    expect(splitFrontmatter('---\rid: a\r---\rBody')).toEqual({ yaml: 'id: a', body: 'Body', bodyLine: 4 });
  });

  it('accepts an empty front matter, trailing blanks on the fences and a fence at the end of the file', () => {
    expect(splitFrontmatter('---\n---\nx')).toEqual({ yaml: '', body: 'x', bodyLine: 3 });
    expect(splitFrontmatter('--- \t\nid: a\n---  \nx')).toEqual({ yaml: 'id: a', body: 'x', bodyLine: 4 });
    expect(splitFrontmatter('---\nid: a\n---')).toEqual({ yaml: 'id: a', body: '', bodyLine: 4 });
  });

  it('does not take look-alikes for the closing fence', () => {
    expect(splitFrontmatter('---\nid: a\n----\n--- x\n \u2028---\n')).toBeUndefined();
    expect(splitFrontmatter('---\nid: a\n')).toBeUndefined();
    expect(splitFrontmatter('no front matter\n---\n')).toBeUndefined();
  });

  it('agrees with remark-frontmatter on the YAML, the body tree and its positions (property)', () => {
    const line = fc.oneof(
      fc.constantFrom('---', '--- ', '---\t', '----', ' ---', '--- x', 'id: a', '', '# h', '- item', '| a | b |', '|---|---|', '[x](term:y)', '> quote', '```', '\u2028---'),
      fc.string({ maxLength: 12 }),
    );
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    const doc = fc.tuple(fc.array(fc.tuple(line, ending), { maxLength: 14 }), line).map(([lines, last]) => `---\n${lines.map(([l, e]) => l + e).join('')}${last}`);
    fc.assert(
      fc.property(doc, (text) => {
        const full = withFrontmatter.parse(text);
        const split = splitFrontmatter(text);
        const first = full.children[0];
        if (!split) {
          expect(first?.type).not.toBe('yaml');
          return;
        }
        expect(first?.type).toBe('yaml');
        expect(split.yaml).toBe((first as { value: string }).value);
        const rest: Root = { type: 'root', children: full.children.slice(1) };
        expect(shape(bodyOnly.parse(split.body), split.bodyLine - 1)).toEqual(shape(rest));
      }),
      { numRuns: 300, seed: 20251125 },
    );
  });
});
