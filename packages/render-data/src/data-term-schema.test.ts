import { termJsonSchema } from '@alignment-glossary/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dataTermSchema } from './data-term-schema.js';
import { CONTENT, load, MINI } from './test-utils/fixtures.js';
import { toDataTerm } from './to-data-term.js';

const frontmatter = termJsonSchema();
const schema = dataTermSchema(frontmatter);
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

describe('dataTermSchema', () => {
  it('validates every term of the mini fixture and of the real content', async () => {
    for (const dir of [MINI, CONTENT]) {
      const glossary = await load(dir);
      for (const term of glossary.terms) {
        const data = JSON.parse(JSON.stringify(toDataTerm(term, glossary.relations.get(term.id))));
        expect(validate(data) ? [] : validate.errors, `${dir} ${term.id}`).toEqual([]);
      }
    }
  });

  it('adds the explanation and the derived relation kinds, and requires what is always present', () => {
    const properties = schema.properties as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    expect(properties.explanation).toMatchObject({ type: 'string' });
    expect(Object.keys(properties.relations!.properties!)).toEqual(['broader', 'narrower', 'related', 'contrasts', 'mitigates', 'mitigatedBy']);
    expect(properties.relations!.required).toEqual(['broader', 'narrower', 'related', 'contrasts', 'mitigates', 'mitigatedBy']);
    expect(schema.required).toEqual([
      'id', 'term', 'aliases', 'shortDefinition', 'category', 'status', 'formerIds', 'relations', 'examples', 'faq', 'sources', 'explanation',
    ]);
    expect(schema.additionalProperties).toBe(false);
  });

  it('rejects a term that lacks its explanation or has an unknown field', () => {
    const base = { id: 'x', term: 'X', aliases: [], shortDefinition: 'An x.', category: 'c', status: 'draft', formerIds: [], relations: { broader: [], narrower: [], related: [], contrasts: [], mitigates: [], mitigatedBy: [] }, examples: [], faq: [], sources: [] };
    expect(validate({ ...base, explanation: '' })).toBe(true);
    expect(validate(base)).toBe(false);
    expect(validate({ ...base, explanation: '', colour: 'red' })).toBe(false);
  });

  it('gets its own $id next to the front-matter schema and leaves the input untouched', () => {
    const before = JSON.stringify(frontmatter);
    expect(dataTermSchema(frontmatter).$id).toBe('https://alignment-glossary.org/schema/data-term.json');
    expect(JSON.stringify(frontmatter)).toBe(before);
    expect(Object.keys(schema).slice(0, 2)).toEqual(['$id', '$schema']);
  });

  it('refuses a schema that is not the term schema, naming what to pass', () => {
    expect(() => dataTermSchema({ type: 'object' })).toThrow('pass termJsonSchema() from @alignment-glossary/core');
  });
});
