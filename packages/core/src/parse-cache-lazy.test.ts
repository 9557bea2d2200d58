import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from './glossary.js';
import { loadGlossary, type TermParser } from './load.js';
import { cachedTermParser } from './parse-cache.js';
import { parseTerm } from './parse-term.js';

const mini = fileURLToPath(new URL('../test/fixtures/mini', import.meta.url));
const inner: TermParser = async (files) => files.map((f) => parseTerm(f.file, f.bytes));

describe('a glossary loaded from the parse cache', () => {
  it('equals the one parsed afresh, builds explanation trees only when read, and keeps them frozen', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-lazy-'));
    await cp(mini, path.join(dir, 'content'), { recursive: true });
    const cache = path.join(dir, 'cache.json');
    const fresh = await loadGlossary(path.join(dir, 'content'), { parseTerms: cachedTermParser(cache, inner) });
    const cached = await loadGlossary(path.join(dir, 'content'), {
      parseTerms: cachedTermParser(cache, async () => {
        throw new Error('every file should come from the cache');
      }),
    });
    const term = cached.glossary!.terms[0]!;
    const property = Object.getOwnPropertyDescriptor(term, 'explanation')!;
    expect(property.get).toBeTypeOf('function'); // not built by loading, validating or freezing
    expect(Object.keys(term)).toEqual(Object.keys(fresh.glossary!.terms[0]!));
    expect(cached.diagnostics).toEqual(fresh.diagnostics);
    expect(JSON.stringify(cached.glossary!.terms)).toBe(JSON.stringify(fresh.glossary!.terms));
    expect(term.explanation).toBe(term.explanation); // built once
    expect(Object.isFrozen(term.explanation.children[0])).toBe(true);
    expect(Object.isFrozen(term)).toBe(true);
    expect(deepFreeze(term)).toBe(term);
    expect(structuredClone(cached.glossary!.terms)).toEqual(structuredClone(fresh.glossary!.terms));
  });
});
