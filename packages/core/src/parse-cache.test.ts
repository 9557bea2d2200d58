import { mkdtemp, writeFile } from 'node:fs/promises';
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
