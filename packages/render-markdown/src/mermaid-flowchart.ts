import type { Diagram } from '@alignment-glossary/core';

/**
 * Escapes text for a double-quoted Mermaid label. Mermaid reads `#name;` and `#123;` as entity codes, so `"`,
 * `#`, `&`, `<`, `>` and the backtick (which would start a Markdown string) become numeric entity codes, and
 * line breaks become spaces.
 */
export function escapeMermaidLabel(label: string): string {
  return label.replace(/\r\n|[\r\n]/g, ' ').replace(/["#&<>`]/g, (c) => `#${c.codePointAt(0)};`);
}

/**
 * A diagram as Mermaid `flowchart` source (the body of a ```mermaid block). Node ids become `n1`, `n2`, …
 * in the diagram's order, so ids that are Mermaid keywords (`end`, `graph`, …) cannot break the chart;
 * labels are quoted and escaped with escapeMermaidLabel.
 */
export function mermaidFlowchart(diagram: Diagram): string {
  const ids = new Map(diagram.nodes.map((node, i) => [node.id, `n${i + 1}`]));
  const lines = [`flowchart ${diagram.direction}`];
  for (const node of diagram.nodes) lines.push(`  ${ids.get(node.id)}["${escapeMermaidLabel(node.label)}"]`);
  for (const edge of diagram.edges) {
    const label = edge.label === undefined ? '' : `|"${escapeMermaidLabel(edge.label)}"|`;
    lines.push(`  ${ids.get(edge.from)} -->${label} ${ids.get(edge.to)}`);
  }
  return lines.join('\n');
}
