import { describe, expect, it } from 'vitest';
import { anyOverlap, relationGraphSvg } from './relation-graph-svg.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR, rects, svgXml } from './test-utils/fixtures.js';

const href = (id: string) => `../${id}/`;

describe('relationGraphSvg', () => {
  it('is well-formed XML with a title, a description and a legend, and escapes hostile labels', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const svg = relationGraphSvg(glossary, 'beta', { href })!;
    const { xml, valid } = svgXml(svg);
    expect(valid).toBe(true);
    expect(xml).toContain('<title id="rg-beta-title">Relations of Beta</title>');
    expect(xml).toMatch(/<desc id="rg-beta-desc">Beta and its 2 related terms, grouped by kind\. Broader: Alpha\. Mitigated by: a\*b_c \| `γ` 🚀\.<\/desc>/);
    expect(xml).toContain('aria-labelledby="rg-beta-title rg-beta-desc"');
    expect(xml).toContain('<a href="../gamma-star/" class="node k-mitigatedBy">');
    expect(xml).toMatch(/class="legend-label"[^>]*>Broader</);
    expect(xml).toMatch(/class="legend-label"[^>]*>Mitigated by</);
  });

  it('keeps a right-to-left label intact and marks its direction', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const { xml } = svgXml(relationGraphSvg(glossary, 'gamma-star', { href })!);
    expect(xml).toMatch(/<tspan[^>]*direction="rtl"[^>]*>דלתא<\/tspan>/);
  });

  it('returns nothing for a term without relations', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    expect(relationGraphSvg(glossary, 'no-such-term', { href })).toBeUndefined();
  });

  it('places no two labels of any real term on top of each other', async () => {
    const glossary = await glossaryFrom(CONTENT_DIR);
    for (const term of glossary.terms) {
      const svg = relationGraphSvg(glossary, term.id, { href });
      if (!svg) continue;
      const { xml, valid } = svgXml(svg);
      expect(valid, term.id).toBe(true);
      const boxes = rects(xml);
      expect(boxes.length, term.id).toBeGreaterThan(1);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${term.id}: boxes at ${a.x},${a.y} and ${b.x},${b.y} overlap`).toBe(true);
        }
      }
    }
  });

  it('is deterministic', async () => {
    const glossary = await glossaryFrom(CONTENT_DIR);
    expect(svgXml(relationGraphSvg(glossary, 'inner-alignment', { href })!).xml).toBe(svgXml(relationGraphSvg(glossary, 'inner-alignment', { href })!).xml);
  });
});

describe('anyOverlap', () => {
  it('sees overlapping and separate boxes', () => {
    expect(anyOverlap([{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }])).toBe(true);
    expect(anyOverlap([{ x: 0, y: 0, width: 10, height: 10 }, { x: 100, y: 0, width: 10, height: 10 }])).toBe(false);
  });
});
