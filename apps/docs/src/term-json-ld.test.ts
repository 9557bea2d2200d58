import { describe, expect, it } from 'vitest';
import { termJsonLd } from './term-json-ld.js';
import { glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

/** Every string value anywhere in a JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('termJsonLd', () => {
  it('gives every term of the mini fixture a JSON-LD document that names it', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const docs = await termJsonLd(glossary, '1.0.0');
    expect([...docs.keys()].sort()).toEqual(glossary.terms.map((t) => t.id).sort());
    for (const term of glossary.terms) {
      const doc = JSON.parse(docs.get(term.id)!) as unknown;
      expect(strings(doc), term.id).toContain(term.term);
    }
  });
});
