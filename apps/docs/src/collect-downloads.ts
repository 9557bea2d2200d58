import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, DownloadKind } from './download.js';

/** Files found under a folder, as paths relative to it with forward slashes; a missing folder gives none. */
async function listTree(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The shallowest path (then the first A–Z) among candidates, for a stable pick. */
const shallowest = (paths: readonly string[]) =>
  [...paths].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))[0];

/**
 * Gathers the downloads that the other targets left in the build output (`glossary build --out out`): each book's
 * single-file Markdown `<book>.md` (and `<book>.epub` if built) from `books/` — outside mdBook `src/` folders —,
 * every Anki deck `*.apkg` from `anki/`, and `glossary.jsonld` / `glossary.ttl` from `jsonld/`. Whatever is
 * missing is skipped, so the site builds while a target is still unfinished.
 *
 * @param outDir the build output folder, e.g. `<repo>/out`
 * @param bookIds the glossary's book ids
 */
export async function collectDownloads(outDir: string, bookIds: readonly string[]): Promise<Download[]> {
  const found: { file: string; name: string; kind: DownloadKind }[] = [];
  const books = (await listTree(path.join(outDir, 'books'))).filter((p) => !p.split('/').includes('src'));
  for (const id of bookIds) {
    for (const [ext, kind] of [['md', 'book-markdown'], ['epub', 'book-epub']] as const) {
      const pick = shallowest(books.filter((p) => path.posix.basename(p) === `${id}.${ext}`));
      if (pick) found.push({ file: path.join(outDir, 'books', pick), name: `${id}.${ext}`, kind });
    }
  }
  for (const p of await listTree(path.join(outDir, 'anki'))) {
    if (p.endsWith('.apkg')) found.push({ file: path.join(outDir, 'anki', p), name: path.posix.basename(p), kind: 'anki' });
  }
  const jsonld = await listTree(path.join(outDir, 'jsonld'));
  if (jsonld.includes('glossary.jsonld')) found.push({ file: path.join(outDir, 'jsonld', 'glossary.jsonld'), name: 'glossary.jsonld', kind: 'jsonld' });
  if (jsonld.includes('glossary.ttl')) found.push({ file: path.join(outDir, 'jsonld', 'glossary.ttl'), name: 'glossary.ttl', kind: 'turtle' });
  return Promise.all(found.map(async (f) => ({ name: f.name, kind: f.kind, contents: new Uint8Array(await readFile(f.file)) })));
}
