import { termJsonSchema } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { glossaryJson, renderDataPackage } from './render-data-package.js';
import { toDataTerm } from './to-data-term.js';
import { toGlossaryData } from './to-glossary-data.js';
import { JSONLD, load, loadMiniWithFormerId, MINI } from './test-utils/fixtures.js';

const mini = await load(MINI);
const renamedMini = await loadMiniWithFormerId();
const options = { version: '1.2.3', jsonld: JSONLD, schema: termJsonSchema() };
const files = renderDataPackage(mini, options);
const file = (p: string) => {
  const found = files.find((f) => f.path === p);
  if (!found) throw new Error(`no file ${p}`);
  return String(found.contents);
};

describe('renderDataPackage', () => {
  it('writes the entry points, the data files and four files per term, sorted by path', () => {
    const perTerm = (id: string) => [`terms/${id}.cjs`, `terms/${id}.d.cts`, `terms/${id}.d.ts`, `terms/${id}.js`];
    expect(files.map((f) => f.path)).toEqual([
      'glossary.json', 'glossary.jsonld', 'index.cjs', 'index.d.cts', 'index.d.ts', 'index.js', 'schema.json',
      ...perTerm('alpha'), ...perTerm('beta'), ...perTerm('delta-rtl'), ...perTerm('gamma-star'),
    ]);
  });

  it('is deterministic', () => {
    const again = renderDataPackage(mini, options);
    expect(again.map((f) => [f.path, f.contents])).toEqual(files.map((f) => [f.path, f.contents]));
  });

  it('ships the JSON-LD document as given and the term schema as JSON', () => {
    expect(file('glossary.jsonld')).toBe(JSONLD);
    expect(JSON.parse(file('schema.json')).title).toBe('Alignment Glossary term (npm package)');
  });

  it('stamps the version into the data and a banner into every JavaScript file', () => {
    expect(JSON.parse(file('glossary.json')).version).toBe('1.2.3');
    for (const f of files.filter((f) => f.path.endsWith('.cjs') || f.path === 'index.js')) {
      expect(String(f.contents), f.path).toContain('// alignment-glossary 1.2.3. Generated from the Alignment Glossary content');
    }
  });

  it('declares the same API for import and require, with id unions from the content', () => {
    expect(file('index.d.cts')).toBe(file('index.d.ts'));
    expect(file('index.d.ts')).toContain('export type TermId =\n  | "alpha"\n  | "beta"\n  | "delta-rtl"\n  | "gamma-star";\n');
    expect(file('index.d.ts')).toContain('export type CategoryId =\n  | "basics"\n  | "edge-cases"\n  | "empty";\n');
    expect(file('index.d.ts')).toContain('export type ComparisonId =\n  | "alpha-vs-beta";\n');
  });

  it('adds a module for each former id', () => {
    const renamed = renderDataPackage(renamedMini, options);
    const paths = renamed.map((f) => f.path);
    expect(paths).toContain('terms/old-alpha.cjs');
    expect(paths).toContain('terms/old-alpha.d.ts');
    expect(String(renamed.find((f) => f.path === 'terms/old-alpha.cjs')!.contents)).toContain("module.exports = require('./alpha.cjs');");
  });

  it('writes glossary.json as JSON.stringify of the data, with the terms spliced in from their own JSON', () => {
    const terms = mini.terms.map((t) => toDataTerm(t, mini.relations.get(t.id)));
    const data = toGlossaryData(mini, terms, '1.2.3');
    expect(file('glossary.json')).toBe(`${JSON.stringify(data)}\n`);
    expect(glossaryJson({ ...data, terms: [] }, [])).toBe(`${JSON.stringify({ ...data, terms: [] })}\n`);
    expect(() => glossaryJson(data, [])).toThrow('one JSON text per term expected');
  });

  it('checks its options and says what to pass', () => {
    expect(() => renderDataPackage(mini, { ...options, version: 'v1' })).toThrow('render-data: options.version must be a semver version such as "0.1.0", got "v1"');
    expect(() => renderDataPackage(mini, { ...options, jsonld: '{"@graph": [' })).toThrow(/options.jsonld is not valid JSON .*; pass the contents of glossary.jsonld from render-jsonld/);
    expect(() => renderDataPackage(mini, { ...options, schema: {} })).toThrow('options.schema is not the JSON Schema of a term');
  });
});
