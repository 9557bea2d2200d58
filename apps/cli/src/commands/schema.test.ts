import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runMain } from '../test-utils/index.js';
import { TERM_SCHEMA_PATH, termSchemaText } from './schema.js';

describe('content/schema/term.schema.json', () => {
  it('is exactly what core’s zod schema generates (regenerate: npx glossary schema --out content/schema/term.schema.json)', async () => {
    const committed = await readFile(path.join(REPO_ROOT, TERM_SCHEMA_PATH), 'utf8');
    expect(committed, `${TERM_SCHEMA_PATH} is stale: run "npx glossary schema --out ${TERM_SCHEMA_PATH}" and commit it`).toBe(termSchemaText());
  });

  it('describes the term front matter with its limits', () => {
    const schema = JSON.parse(termSchemaText());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.shortDefinition.maxLength).toBe(280);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'term', 'shortDefinition', 'category', 'status']));
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('glossary schema', () => {
  it('prints the schema, or writes it with --out', async () => {
    const printed = await runMain('schema');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(termSchemaText());
    const out = path.join(os.tmpdir(), `term-schema-${process.pid}.json`);
    const written = await runMain('schema', '--out', out);
    expect(written.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(termSchemaText());
    await rm(out);
    expect((await runMain('schema', 'extra')).code).toBe(2);
  });
});
