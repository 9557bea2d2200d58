// Property-based tests across the renderers: for generated valid glossaries with awkward text, every JSON-LD
// output converts to RDF offline, every .apkg reads back with SQLite with the expected notes, and every Markdown
// output parses with remark and has no dead internal links. Seeded; FC_SEED replays another seed.
import fc from 'fast-check';
import jsonld from 'jsonld';
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { glossaryContent, writeContent } from './test-utils/glossary-content.js';
import { deadLinks, htmlNodes, parseMarkdown } from './test-utils/markdown-links.js';
import { expectedAnkiNotes, loadValid, readApkg, renderAll, text } from './test-utils/render.js';

const SEED = Number(process.env.FC_SEED ?? 20251125);
const RUNS = { numRuns: 20, seed: SEED };
const SKOS_CONCEPT = '<http://www.w3.org/2004/02/skos/core#Concept>';

/** A document loader that refuses every URL: outputs must be self-contained (no remote @context). */
const offlineLoader = async (url: string) => {
  throw new Error(`offline: the document tried to load ${url}`);
};

async function toNQuads(doc: string): Promise<string> {
  return (await jsonld.toRDF(JSON.parse(doc) as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: offlineLoader as never })) as unknown as string;
}

describe('renderers on generated glossaries (property)', () => {
  it('every output is well-formed: JSON-LD → RDF offline, .apkg → SQLite with the expected notes, Markdown → remark without dead links', async () => {
    await fc.assert(
      fc.asyncProperty(glossaryContent, async ({ files }) => {
        const dir = await writeContent(files);
        try {
          const glossary = await loadValid(dir);
          const out = await renderAll(glossary);

          // JSON-LD: every document converts to RDF without fetching anything.
          const jsonldFiles = [...out.get('jsonld')!.values(), ...out.get('npm')!.values()].filter((f) => f.path.endsWith('.jsonld'));
          expect(jsonldFiles.length).toBeGreaterThan(glossary.terms.length);
          for (const f of jsonldFiles) {
            const quads = await toNQuads(text(f));
            // context.jsonld holds only a context, so it has no triples; every other document has some.
            if (!f.path.endsWith('context.jsonld')) expect(quads.length, f.path).toBeGreaterThan(0);
          }
          const whole = await toNQuads(text(out.get('jsonld')!.get('glossary.jsonld')!));
          const concepts = new Set(whole.split('\n').filter((l) => l.includes(`${SKOS_CONCEPT} .`)).map((l) => l.split(' ')[0]));
          expect(concepts.size).toBe(glossary.terms.length);

          // Anki: one package per book, readable by SQLite, with every note and no broken field split.
          const anki = out.get('anki')!;
          expect([...anki.keys()].sort()).toEqual(glossary.books.map((b) => `${b.id}.apkg`).sort());
          for (const book of glossary.books) {
            const col = await readApkg(anki.get(`${book.id}.apkg`)!.contents as Uint8Array);
            expect(col.notes.length, book.id).toBe(expectedAnkiNotes(glossary, book.id));
            expect(new Set(col.notes.map((n) => n.guid)).size).toBe(col.notes.length);
            expect(col.cards).toBeGreaterThanOrEqual(col.notes.length);
            expect(col.orphanCards).toBe(0);
            for (const note of col.notes) expect(note.fields.length, note.guid).toBe(col.modelFields.get(note.modelId)?.length);
          }

          // Markdown: parses, no raw HTML from content, no dead internal link.
          const books = out.get('books')!;
          const paths = new Set(books.keys());
          const markdown = [...books.values()].filter((f) => f.path.endsWith('.md'));
          expect(markdown.length).toBeGreaterThan(glossary.books.length);
          for (const f of markdown) {
            const tree = parseMarkdown(text(f));
            expect(tree.type).toBe('root');
            expect(htmlNodes(tree), f.path).toEqual([]);
            expect(deadLinks(f.path, tree, paths)).toEqual([]);
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      RUNS,
    );
  }, 300_000);
});
