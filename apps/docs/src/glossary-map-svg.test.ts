import { describe, expect, it } from 'vitest';
import { glossaryMapSvg } from './glossary-map-svg.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR, svgXml } from './test-utils/fixtures.js';

const options = { termHref: (id: string) => `../terms/${id}/`, categoryHref: (id: string) => `../categories/${id}/` };

describe('glossaryMapSvg', () => {
  it('draws every term once as a link and every authored relation once', async () => {
    const glossary = await glossaryFrom(CONTENT_DIR);
    const { xml, valid } = svgXml(glossaryMapSvg(glossary, options));
    expect(valid).toBe(true);
    for (const term of glossary.terms) expect(xml.split(`href="../terms/${term.id}/"`)).toHaveLength(2);
    expect(xml.match(/<path class="edge/g)).toHaveLength(glossary.edges.length);
    expect(xml).toContain(`<title id="map-title">Map of the ${glossary.config.title}</title>`);
  });

  it('puts categories in columns, in category order, and skips empty ones', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const { xml, valid } = svgXml(glossaryMapSvg(glossary, options));
    expect(valid).toBe(true);
    expect(xml.indexOf('../categories/basics/')).toBeLessThan(xml.indexOf('../categories/edge-cases/'));
    expect(xml).not.toContain('../categories/empty/');
    const x = (id: string) => Number(new RegExp(`href="../terms/${id}/" class="node"><rect x="([-\\d.]+)"`).exec(xml)![1]);
    expect(x('alpha')).toBe(x('beta'));
    expect(x('gamma-star')).toBeGreaterThan(x('alpha'));
  });

  it('escapes hostile labels and is deterministic', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const { xml } = svgXml(glossaryMapSvg(glossary, options));
    expect(xml).toContain('a*b_c | `γ` 🚀');
    expect(xml).not.toMatch(/<script/i);
    expect(svgXml(glossaryMapSvg(glossary, options)).xml).toBe(xml);
  });
});
