import type { Diagram } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { diagramSvg } from './diagram-svg.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR, rects, svgXml } from './test-utils/fixtures.js';

const href = (id: string) => `../${id}/`;

describe('diagramSvg', () => {
  it('renders the mini LR chain as well-formed SVG with escaped labels and linked term nodes', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const { xml, valid } = svgXml(diagramSvg(glossary.diagrams[0]!, { href, currentTerm: 'beta' }));
    expect(valid).toBe(true);
    expect(xml).toContain('<title id="dg-chain-title">A small chain</title>');
    expect(xml).toContain('Start "here" → Middle (first gap). Middle → End.');
    expect(xml).toContain('<a href="../alpha/" class="node">');
    expect(xml).not.toContain('href="../beta/"');
    expect(xml).toContain('class="node current"');
    expect(xml).toContain('marker-end="url(#dg-chain-arrow)"');
  });

  it('lays LR layers out left to right and TB layers top to bottom', async () => {
    const mini = await glossaryFrom(MINI_DIR);
    const lr = rects(svgXml(diagramSvg(mini.diagrams[0]!, { href })).xml).filter((r) => r.height > 20);
    expect(lr[0]!.x).toBeLessThan(lr[1]!.x);
    expect(lr[1]!.x).toBeLessThan(lr[2]!.x);
    const glossary = await glossaryFrom(CONTENT_DIR);
    const chain = glossary.diagrams.find((d) => d.id === 'alignment-chain')!;
    const tb = rects(svgXml(diagramSvg(chain, { href })).xml).filter((r) => r.height > 20);
    for (let i = 1; i < tb.length; i++) expect(tb[i]!.y).toBeGreaterThan(tb[i - 1]!.y);
  });

  it('routes an edge that skips a layer round the side instead of through a node', async () => {
    const glossary = await glossaryFrom(CONTENT_DIR);
    const mesa = glossary.diagrams.find((d) => d.id === 'mesa-optimization')!;
    const { xml, valid } = svgXml(diagramSvg(mesa, { href }));
    expect(valid).toBe(true);
    const right = Math.max(...rects(xml).filter((r) => r.height > 24).map((r) => r.x + r.width));
    const curve = /d="M[-\d.]+,[-\d.]+ C([-\d.]+),/.exec(xml);
    expect(curve).not.toBeNull();
    expect(Number(curve![1])).toBeGreaterThan(right);
  });

  it('terminates on a cycle and still draws every edge', () => {
    const cyclic: Diagram = {
      id: 'loop',
      title: 'Loop',
      direction: 'TB',
      nodes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }],
      edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a', label: 'back' }],
    };
    const { xml, valid } = svgXml(diagramSvg(cyclic, { href }));
    expect(valid).toBe(true);
    expect(xml.match(/class="edge"/g)).toHaveLength(3);
  });
});
