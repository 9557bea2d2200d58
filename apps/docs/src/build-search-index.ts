import type { RenderedFile } from '@alignment-glossary/core';
import * as pagefind from 'pagefind';

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
  /** The site's language (ISO 639-1, e.g. `en`); every page is indexed as this language. Default `en`. */
  readonly language?: string;
}

/**
 * Builds the Pagefind search index over the site's HTML pages, in memory, with Pagefind's Node API (its bundled
 * binary; no network). Only pages that mark content with `data-pagefind-body` (the term pages: label, aliases,
 * definition, explanation, examples, FAQ) are indexed. Returns the bundle — index, WebAssembly, `pagefind.js` and
 * Pagefind's own UI assets — as files under `pagefind/`, sorted by path.
 *
 * @throws when Pagefind reports an error
 */
export async function buildSearchIndex(files: readonly RenderedFile[], options: SearchIndexOptions = {}): Promise<RenderedFile[]> {
  const language = (options.language ?? 'en').slice(0, 2);
  const created = await pagefind.createIndex({ forceLanguage: language });
  if (!created.index) throw new Error(`pagefind could not create an index: ${created.errors.join('; ')}`);
  const index = created.index;
  try {
    for (const file of files) {
      if (!file.path.endsWith('.html')) continue;
      const added = await index.addHTMLFile({ sourcePath: file.path, content: String(file.contents) });
      if (added.errors.length) throw new Error(`pagefind could not index ${file.path}: ${added.errors.join('; ')}`);
    }
    const bundle = await index.getFiles();
    if (bundle.errors.length) throw new Error(`pagefind could not write the index: ${bundle.errors.join('; ')}`);
    return bundle.files
      .map((f) => ({ path: `pagefind/${f.path}`, contents: f.content }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
