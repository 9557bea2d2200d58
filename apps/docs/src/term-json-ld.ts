import type { Glossary } from '@alignment-glossary/core';
import { renderJsonLd } from '@alignment-glossary/render-jsonld';

/**
 * Each term's JSON-LD document, as the JSON-LD renderer writes it to `terms/<id>.jsonld`, keyed by term id.
 *
 * @throws when the renderer fails or leaves a term without a document
 */
export async function termJsonLd(glossary: Glossary, version: string): Promise<Map<string, string>> {
  const files = await renderJsonLd(glossary, { version });
  const docs = new Map<string, string>();
  for (const f of files) {
    const match = /^terms\/([a-z0-9-]+)\.jsonld$/.exec(f.path);
    if (match) docs.set(match[1]!, typeof f.contents === 'string' ? f.contents : new TextDecoder().decode(f.contents));
  }
  const missing = glossary.terms.filter((t) => !docs.has(t.id)).map((t) => t.id);
  if (missing.length) throw new Error(`render-jsonld produced no terms/<id>.jsonld for: ${missing.join(', ')}`);
  return docs;
}
