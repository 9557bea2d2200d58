import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDownloads } from './collect-downloads.js';

let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'docs-downloads-'));
  const files: Record<string, string> = {
    'books/primer.md': '# Primer\n',
    'books/primer/src/primer.md': 'a chapter of the mdBook, not the single file',
    'books/full/full.md': '# Full\n',
    'books/full/src/SUMMARY.md': '- summary',
    'books/other.md': 'not a book of this glossary',
    'anki/primer.apkg': 'PK',
    'jsonld/glossary.jsonld': '{}',
    'jsonld/terms/alpha.jsonld': '{}',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), text);
  }
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('collectDownloads', () => {
  it('picks each book’s single file outside mdBook src/, the decks and the glossary-wide JSON-LD', async () => {
    const found = await collectDownloads(out, ['primer', 'full']);
    expect(found.map((d) => [d.name, d.kind, new TextDecoder().decode(d.contents as Uint8Array)])).toEqual([
      ['primer.md', 'book-markdown', '# Primer\n'],
      ['full.md', 'book-markdown', '# Full\n'],
      ['primer.apkg', 'anki', 'PK'],
      ['glossary.jsonld', 'jsonld', '{}'],
    ]);
  });

  it('returns nothing for a missing output folder', async () => {
    expect(await collectDownloads(path.join(out, 'nope'), ['primer'])).toEqual([]);
  });
});
