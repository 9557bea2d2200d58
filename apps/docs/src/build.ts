/**
 * `npm run build` in apps/docs: loads and validates ../../content, renders the site, builds the search index and
 * writes everything to dist/site/ atomically. The only part of the docs app that reads the content or writes files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostics, loadGlossary, summarizeDiagnostics, writeOutputAtomic } from '@alignment-glossary/core';
import { buildSearchIndex } from './build-search-index.js';
import { collectDownloads } from './collect-downloads.js';
import { renderSite } from './render-site.js';
import { PACKAGE_DIR, REPO_ROOT, SITE_DIR } from './site-paths.js';
import { termJsonLd } from './term-json-ld.js';

const started = performance.now();
const contentDir = path.join(REPO_ROOT, 'content');
const { glossary, diagnostics } = await loadGlossary(contentDir);
if (!glossary) {
  console.error(formatDiagnostics(diagnostics, { root: 'content' }));
  console.error(`\n✖ docs build stopped: ${summarizeDiagnostics(diagnostics)}. Run npx glossary validate for details.`);
  process.exit(1);
}
const version = (JSON.parse(await readFile(path.join(REPO_ROOT, 'packages/data/package.json'), 'utf8')) as { version: string }).version;
const jsonLd = await termJsonLd(glossary, version);
const downloads = await collectDownloads(path.join(REPO_ROOT, 'out'), glossary.books.map((b) => b.id));
const pages = renderSite(glossary, { version, jsonLd, downloads });
const search = await buildSearchIndex(pages, { language: glossary.config.language });
await writeOutputAtomic(SITE_DIR, [...pages, ...search], { manifest: false });

const html = pages.filter((f) => f.path.endsWith('.html')).length;
console.log(`docs: ${html} pages, ${downloads.length} downloads (${downloads.map((d) => d.name).join(', ') || 'none yet: run the root build'}), ` +
  `${search.length} search files → ${path.relative(PACKAGE_DIR, SITE_DIR)}/ in ${Math.round(performance.now() - started)} ms`);
