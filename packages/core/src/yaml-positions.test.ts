import { describe, expect, it } from 'vitest';
import { locate, parseYaml } from './yaml-positions.js';

describe('parseYaml positions', () => {
  const text = 'id: x\nrelations:\n  related: [a, b]\nfaq:\n  - question: q\n    answer: a\n';
  const { positions, diagnostics } = parseYaml('terms/x.md', text, 1);

  it('maps every value and key to its dotted path, with the line offset applied', () => {
    expect(diagnostics).toEqual([]);
    expect(Object.keys(positions).sort()).toEqual([
      '', 'faq', 'faq[0]', 'faq[0].answer', 'faq[0].question', 'id', 'key:faq', 'key:faq[0].answer', 'key:faq[0].question',
      'key:id', 'key:relations', 'key:relations.related', 'relations', 'relations.related', 'relations.related[0]',
      'relations.related[1]',
    ]);
    expect(positions['relations.related[1]']).toEqual({ line: 4, column: 16 });
    expect(positions['key:faq[0].answer']).toEqual({ line: 7, column: 5 });
    expect(positions['faq[0].answer']).toEqual({ line: 7, column: 13 });
  });

  it('locates a missing field at its nearest parent', () => {
    expect(locate(positions, ['faq', 0, 'title'], { line: 1, column: 1 })).toEqual(positions['faq[0]']);
  });

  it('refuses nesting deeper than 64 levels', () => {
    const deep = `a: ${'['.repeat(70)}${']'.repeat(70)}\n`;
    expect(parseYaml('terms/x.md', deep).diagnostics.map((d) => d.rule)).toEqual(['yaml-too-deep']);
  });
});
