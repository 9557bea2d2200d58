import { loadGlossary, type Glossary } from '@alignment-glossary/core';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { XMLValidator } from 'fast-xml-parser';
import { fileURLToPath } from 'node:url';

/** The mini fixture: four terms with awkward labels (Markdown specials, pipes, emoji, RTL) and an empty category. */
export const MINI_DIR = fileURLToPath(new URL('../../../../packages/core/test/fixtures/mini', import.meta.url));
/** The real content. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../../content', import.meta.url));

const cache = new Map<string, Promise<Glossary>>();

/** Loads and validates a content folder once per test file; fails loudly if it does not validate. */
export function glossaryFrom(dir: string): Promise<Glossary> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = loadGlossary(dir).then(({ glossary, diagnostics }) => {
      if (!glossary) throw new Error(`${dir} does not validate: ${diagnostics.map((d) => d.message).join('; ')}`);
      return glossary;
    });
    cache.set(dir, loaded);
  }
  return loaded;
}

/** Serializes an inline SVG element as a standalone XML document and checks that it is well-formed. */
export function svgXml(svg: Element): { xml: string; valid: true | { err: { msg: string } } } {
  const xml = toHtml(svg, { space: 'svg' });
  return { xml, valid: XMLValidator.validate(xml) as true | { err: { msg: string } } };
}

/** Every `<rect>` in serialized SVG as numbers (x, y, width, height). */
export function rects(xml: string): { x: number; y: number; width: number; height: number }[] {
  return [...xml.matchAll(/<rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}
