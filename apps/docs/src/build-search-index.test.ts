import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-search-index.js';
import { renderSite } from './render-site.js';
import { glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

describe('buildSearchIndex', () => {
  it('indexes exactly the term pages and returns the Pagefind bundle under pagefind/', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const files = await buildSearchIndex(renderSite(glossary, { version: '1' }));
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths.every((p) => p.startsWith('pagefind/'))).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json']));
    expect(paths.some((p) => /^pagefind\/wasm\.en\.pagefind$/.test(p))).toBe(true);
    const entry = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === 'pagefind/pagefind-entry.json')!.contents as Uint8Array)) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBe(glossary.terms.length);
  }, 30_000);

  it('gives the same bundle for the same pages', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const pages = renderSite(glossary, { version: '1' });
    const a = await buildSearchIndex(pages);
    const b = await buildSearchIndex(pages);
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    expect(a).toEqual(b);
  }, 30_000);
});
