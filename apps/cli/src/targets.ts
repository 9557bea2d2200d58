import { termJsonSchema, type Glossary, type RenderedFile } from '@alignment-glossary/core';

// Renderers are imported when their target runs, so `validate`, `new` and `diff` start fast and keep working even
// when one renderer's build is broken.

/** What the CLI hands every renderer besides the glossary. */
export interface BuildContext {
  /** The version of the data package (`packages/data/package.json`), stamped into outputs. */
  readonly version: string;
  /** Term id (and `categories/<id>`, `comparisons/<id>`) → last-modified time in seconds (from git history; see content-history.ts). */
  readonly modifiedAt: ReadonlyMap<string, number>;
  /** The time used where a format needs one and no history applies, in seconds (SOURCE_DATE_EPOCH). */
  readonly sourceDateEpoch: number;
  /** Book ids selected with --book (all books when empty). */
  readonly books: readonly string[];
}

/** An output format. Each target's files land in `<out>/<name>/` (or directly in `<out>` with --flat). */
export interface Target {
  readonly name: string;
  readonly description: string;
  render(glossary: Glossary, context: BuildContext): RenderedFile[] | Promise<RenderedFile[]>;
}

/** render-jsonld's files per glossary and version: the jsonld and npm targets both need them, and rendering them is
 * not cheap (about 4 s at 10,000 terms), so a build renders them once. */
const jsonLdRuns = new WeakMap<Glossary, Map<string, Promise<RenderedFile[]>>>();
function jsonLdFiles(g: Glossary, version: string): Promise<RenderedFile[]> {
  let byVersion = jsonLdRuns.get(g);
  if (!byVersion) jsonLdRuns.set(g, (byVersion = new Map()));
  let run = byVersion.get(version);
  if (!run) {
    run = import('@alignment-glossary/render-jsonld').then(({ renderJsonLd }) => renderJsonLd(g, { version }));
    byVersion.set(version, run);
  }
  return run;
}

/**
 * The registry of output formats, in build order. Renderers are pure functions from the Glossary to files;
 * only the CLI writes them.
 */
export const targets: readonly Target[] = [
  {
    name: 'books',
    description: 'mdBook folders and single-file Markdown books',
    render: async (g, c) => (await import('@alignment-glossary/render-markdown')).renderBooks(g, { books: c.books }),
  },
  {
    name: 'jsonld',
    description: 'SKOS + schema.org JSON-LD, Turtle, context, vocabulary and SHACL shapes',
    render: async (g, c) => {
      const files = await jsonLdFiles(g, c.version);
      // From now on the npm target needs only glossary.jsonld: let the other ~100 MB (at 10,000 terms) go.
      jsonLdRuns.get(g)?.set(c.version, Promise.resolve(files.filter((f) => f.path === 'glossary.jsonld')));
      return files;
    },
  },
  {
    name: 'anki',
    description: 'Anki decks (.apkg), one per book',
    render: async (g, c) => (await import('@alignment-glossary/render-anki')).renderAnki(g, { version: c.version, modifiedAt: c.modifiedAt, sourceDateEpoch: c.sourceDateEpoch, books: c.books }),
  },
  {
    name: 'npm',
    description: 'the files of the alignment-glossary npm package',
    render: async (g, c) => {
      const [jsonld, { renderDataPackage }] = await Promise.all([jsonLdFiles(g, c.version), import('@alignment-glossary/render-data')]);
      const doc = jsonld.find((f) => f.path === 'glossary.jsonld');
      if (!doc) throw new Error('render-jsonld produced no glossary.jsonld');
      return renderDataPackage(g, { version: c.version, jsonld: String(doc.contents), schema: termJsonSchema() });
    },
  },
];
