import type { Diagram } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { escapeMermaidLabel, mermaidFlowchart } from './mermaid-flowchart.js';

/** Mermaid's reading of `#<number>;` entity codes, to check that escaping loses nothing. */
const decode = (label: string) => label.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

describe('escapeMermaidLabel', () => {
  it('writes quotes, #, &, <, > and backticks as entity codes, and nothing else', () => {
    expect(escapeMermaidLabel('Start "here" #1 & <b> `x`')).toBe('Start #34;here#34; #35;1 #38; #60;b#62; #96;x#96;');
    expect(escapeMermaidLabel('a*b_c | γ 🚀 דלתא')).toBe('a*b_c | γ 🚀 דלתא');
    expect(escapeMermaidLabel('two\nlines')).toBe('two lines');
  });

  it('round-trips through entity decoding', () => {
    for (const label of ['Start "here"', '#quot; literal', 'a & b < c > d', '`tick` | pipe', 'emoji 🚀 and RTL דלתא']) {
      const escaped = escapeMermaidLabel(label);
      expect(escaped).not.toMatch(/["<>`]/);
      expect(decode(escaped)).toBe(label);
    }
  });
});

describe('mermaidFlowchart', () => {
  const diagram: Diagram = {
    id: 'chain',
    title: 'A chain',
    direction: 'LR',
    nodes: [
      { id: 'start', label: 'Start "here"', term: 'alpha' },
      { id: 'end', label: 'End' },
    ],
    edges: [{ from: 'start', to: 'end', label: 'gap #1' }, { from: 'end', to: 'start' }],
  };

  it('numbers nodes so that keywords such as "end" never appear as ids, and quotes every label', () => {
    expect(mermaidFlowchart(diagram)).toBe([
      'flowchart LR',
      '  n1["Start #34;here#34;"]',
      '  n2["End"]',
      '  n1 -->|"gap #35;1"| n2',
      '  n2 --> n1',
    ].join('\n'));
  });

  it('keeps the diagram direction', () => {
    expect(mermaidFlowchart({ ...diagram, direction: 'TB' }).split('\n')[0]).toBe('flowchart TB');
  });
});
