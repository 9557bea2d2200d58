import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TermParser } from './load.js';
import { cachedTermParser } from './parse-cache.js';
import { parseTerm } from './parse-term.js';

const file = (id: string, def = 'A term.') => ({ file: `terms/${id}.md`, bytes: Buffer.from(`---\nid: ${id}\nterm: ${id}\nshortDefinition: ${def}\ncategory: c\nstatus: draft\n---\n\nBody ${id}.\n`) });

describe('cachedTermParser', () => {
  it('parses only new or changed files and gives identical results', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-cache-'));
    const seen: string[] = [];
    const inner: TermParser = async (files) => files.map((f) => (seen.push(f.file), parseTerm(f.file, f.bytes)));
    const cache = path.join(dir, 'cache.json');
    const first = await cachedTermParser(cache, inner)([file('a'), file('b')]);
    expect(seen).toEqual(['terms/a.md', 'terms/b.md']);
    const second = await cachedTermParser(cache, inner)([file('a'), file('b', 'Changed.')]);
    expect(seen).toEqual(['terms/a.md', 'terms/b.md', 'terms/b.md']);
    expect(second[0]).toEqual(first[0]);
    expect(second[1]?.term?.frontmatter.shortDefinition).toBe('Changed.');
  });

  it('serves every entry intact after a rewrite that mixed cached and fresh entries', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-cache-'));
    const cache = path.join(dir, 'cache');
    const direct: TermParser = async (files) => files.map((f) => parseTerm(f.file, f.bytes));
    await cachedTermParser(cache, direct)([file('a'), file('b'), file('c')]);
    // b changes, c goes, d is new: the rewrite copies a's bytes from the old file and appends b's and d's
    const files = [file('a'), file('b', 'Changed ünïcode — text.'), file('d')];
    await cachedTermParser(cache, direct)(files);
    const third = await cachedTermParser(cache, async () => {
      throw new Error('everything should come from the cache');
    })(files);
    expect(third).toEqual(files.map((f) => parseTerm(f.file, f.bytes)));
    expect(third[1]?.term?.explanationText).toBe('Body b.');
  });

  it('re-parses entries whose byte ranges do not fit the file (a truncated cache)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-cache-'));
    const cache = path.join(dir, 'cache');
    const seen: string[] = [];
    const inner: TermParser = async (files) => files.map((f) => (seen.push(f.file), parseTerm(f.file, f.bytes)));
    await cachedTermParser(cache, inner)([file('a'), file('b')]);
    const bytes = await readFile(cache);
    await writeFile(cache, bytes.subarray(0, bytes.length - 5)); // b's last heavy field now ends past the end
    seen.length = 0;
    const results = await cachedTermParser(cache, inner)([file('a'), file('b')]);
    expect(seen).toEqual(['terms/b.md']);
    expect(results).toEqual([file('a'), file('b')].map((f) => parseTerm(f.file, f.bytes)));
  });

  it('ignores a cache in the earlier all-JSON format', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-cache-'));
    const cache = path.join(dir, 'cache');
    await writeFile(cache, JSON.stringify({ key: 'x', entries: {} }));
    const seen: string[] = [];
    await cachedTermParser(cache, async (files) => files.map((f) => (seen.push(f.file), parseTerm(f.file, f.bytes))))([file('a')]);
    expect(seen).toEqual(['terms/a.md']);
  });

  it('ignores a corrupt cache file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-cache-'));
    const cache = path.join(dir, 'cache.json');
    await writeFile(cache, '{not json');
    const results = await cachedTermParser(cache, async (files) => files.map((f) => parseTerm(f.file, f.bytes)))([file('a')]);
    expect(results[0]?.term?.frontmatter.id).toBe('a');
  });
});

describe('parallelTermParser', () => {
  it('returns the same results, in order, as parsing in one thread', async () => {
    // Worker threads run compiled code, so this test uses the built package (turbo builds before testing).
    const { parallelTermParser } = (await import('../dist/parse-pool.js')) as typeof import('./parse-pool.js');
    const files = Array.from({ length: 30 }, (_, i) => file(`t${String(i).padStart(2, '0')}`));
    const parallel = await parallelTermParser({ threads: 2, threshold: 0 })(files);
    expect(parallel).toEqual(files.map((f) => parseTerm(f.file, f.bytes)));
  });
});
