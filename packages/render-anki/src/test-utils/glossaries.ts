import { loadGlossary, type Glossary, type Term } from '@alignment-glossary/core';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, Promise<Glossary>>();

async function load(path: string): Promise<Glossary> {
  const { glossary, diagnostics } = await loadGlossary(path);
  if (!glossary) throw new Error(`fixture ${path} did not load: ${diagnostics.map((d) => d.message).join('; ')}`);
  return glossary;
}

function cached(url: URL): Promise<Glossary> {
  const path = fileURLToPath(url);
  if (!cache.has(path)) cache.set(path, load(path));
  return cache.get(path)!;
}

/** core's mini fixture: four terms with awkward labels, a comparison, two books (one with an appendix). */
export const miniGlossary = () => cached(new URL('../../../core/test/fixtures/mini', import.meta.url));

/** The real content (84 terms, two books). */
export const contentGlossary = () => cached(new URL('../../../../content', import.meta.url));

/** A copy of `glossary` with one term changed (the glossary itself is frozen). */
export function withTerm(glossary: Glossary, id: string, patch: Partial<Term>): Glossary {
  const terms = glossary.terms.map((t) => (t.id === id ? { ...t, ...patch } : t));
  return { ...glossary, terms, termsById: new Map(terms.map((t) => [t.id, t])) };
}
