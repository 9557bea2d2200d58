import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMiniWithFormerId, renderToTemp } from '../test-utils/fixtures.js';
import { API_EXPORTS } from './api-runtime.js';

interface T { id: string; term: string; relations: Record<string, string[]> }
interface Api {
  version: string;
  terms: readonly T[];
  categories: readonly { id: string; terms: string[] }[];
  comparisons: readonly { id: string }[];
  getTerm(idOrName: unknown): T | undefined;
  searchTerms(query: unknown, options?: { limit?: number }): readonly T[];
  getRelated(id: string, kind?: string): readonly T[];
  getTermsByCategory(id: string): readonly T[];
}

const dist = await renderToTemp(await loadMiniWithFormerId());
const require = createRequire(path.join(dist, 'index.cjs'));
const api = require('./index.cjs') as Api;
const ids = (list: readonly T[]) => list.map((t) => t.id);

/** Runs a CommonJS snippet in a fresh Node process in the rendered folder, with `api` = the package's index.cjs. */
function node(code: string, flags: string[] = []): { stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...flags, '-e', `const api = () => require('./index.cjs');\n${code}`], { cwd: dist, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node exited with ${result.status}: ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** The one DeprecationWarning line in `stderr` (fails unless there is exactly one). */
function oneDeprecation(stderr: string): string {
  const warnings = stderr.split('\n').filter((line) => line.includes('DeprecationWarning'));
  expect(warnings).toHaveLength(1);
  return warnings[0]!;
}

describe('the generated API (index.cjs)', () => {
  it('exports exactly the documented names, and index.js re-exports the same instance', () => {
    expect(Object.keys(api)).toEqual([...API_EXPORTS]);
    const { stdout } = node(
      "import('./index.js').then((esm) => console.log(Object.keys(esm).sort().join(), esm.terms === api().terms, esm.getTerm === api().getTerm));",
    );
    expect(stdout.trim()).toBe(`${[...API_EXPORTS].sort().join()} true true`);
  });

  it('exposes the version, the terms sorted by id, categories and comparisons, all frozen', () => {
    expect(api.version).toBe('1.2.3');
    expect(ids(api.terms)).toEqual(['alpha', 'beta', 'delta-rtl', 'gamma-star']);
    expect(api.categories.map((c) => c.id)).toEqual(['basics', 'edge-cases', 'empty']);
    expect(api.comparisons.map((c) => c.id)).toEqual(['alpha-vs-beta']);
    expect(Object.isFrozen(api.terms)).toBe(true);
    expect(Object.isFrozen(api.terms[0]!.relations.narrower)).toBe(true);
    expect(() => (api.terms as T[]).push(api.terms[0]!)).toThrow(TypeError);
  });

  describe('getTerm', () => {
    it('finds a term by id, label, alias and abbreviation, case-insensitively', () => {
      expect(api.getTerm('alpha')?.id).toBe('alpha');
      expect(api.getTerm('ALPHA')?.id).toBe('alpha');
      expect(api.getTerm('  First   Letter ')?.id).toBe('alpha');
      expect(api.getTerm('a')?.id).toBe('alpha');
      expect(api.getTerm('Delta')?.id).toBe('delta-rtl');
      expect(api.getTerm('דלתא')?.id).toBe('delta-rtl');
      expect(api.getTerm('A*B_C | `Γ` 🚀')?.id).toBe('gamma-star');
    });

    it('returns undefined for an unknown name and throws a TypeError for a non-string', () => {
      expect(api.getTerm('omega')).toBeUndefined();
      expect(() => api.getTerm(42)).toThrow('getTerm: expected a term id, label or alias as a string, got number');
    });

    it('resolves a former id to the renamed term with one DeprecationWarning per id', () => {
      const { stdout, stderr } = node(
        "const { getTerm, getRelated } = api(); console.log(getTerm('old-alpha').id, getTerm('OLD-ALPHA').id, getRelated('old-alpha', 'narrower').map((t) => t.id).join());",
      );
      expect(stdout.trim()).toBe('alpha alpha beta');
      expect(oneDeprecation(stderr)).toContain('[ALIGNMENT_GLOSSARY_FORMER_ID] DeprecationWarning: alignment-glossary: "old-alpha" is a former id of the term "alpha" (Alpha); use "alpha" instead.');
    });

    it('stays silent under --no-deprecation, like any DeprecationWarning', () => {
      const { stdout, stderr } = node("console.log(api().getTerm('old-alpha').id);", ['--no-deprecation']);
      expect(stdout.trim()).toBe('alpha');
      expect(stderr).toBe('');
    });
  });

  describe('searchTerms', () => {
    it('ranks exact alias > label prefix > definition words, ties by label', () => {
      // "a" is alpha's abbreviation, the start of gamma-star's label, and a word in the definitions of beta and delta-rtl.
      expect(ids(api.searchTerms('a'))).toEqual(['alpha', 'gamma-star', 'beta', 'delta-rtl']);
    });

    it('ranks an exact label above a prefix of another label', () => {
      // alpha's definition mentions beta, so it follows the exact match.
      expect(ids(api.searchTerms('beta'))).toEqual(['beta', 'alpha']);
      expect(ids(api.searchTerms('Alpha'))[0]).toBe('alpha');
    });

    it('matches alias prefixes and label words', () => {
      expect(ids(api.searchTerms('first let'))).toEqual(['alpha']);
      expect(ids(api.searchTerms('γ'))).toEqual(['gamma-star']);
    });

    it('needs every query word in the short definition', () => {
      expect(ids(api.searchTerms('pipe'))).toEqual(['gamma-star', 'beta']);
      expect(ids(api.searchTerms('second term'))).toEqual(['beta']);
      expect(ids(api.searchTerms('second emoji'))).toEqual([]);
    });

    it('applies the limit, returns nothing for an empty query, and checks its arguments', () => {
      expect(ids(api.searchTerms('a', { limit: 2 }))).toEqual(['alpha', 'gamma-star']);
      expect(api.searchTerms('a', { limit: Infinity })).toHaveLength(4);
      expect(api.searchTerms('a', { limit: 0 })).toEqual([]);
      expect(api.searchTerms('   ')).toEqual([]);
      expect(() => api.searchTerms('a', { limit: 1.5 })).toThrow('searchTerms: options.limit must be a whole number >= 0 or Infinity, got 1.5');
      expect(() => api.searchTerms(null)).toThrow(TypeError);
    });
  });

  describe('getRelated', () => {
    it('returns one kind, including derived inverses', () => {
      expect(ids(api.getRelated('alpha', 'narrower'))).toEqual(['beta']);
      expect(ids(api.getRelated('beta', 'mitigatedBy'))).toEqual(['gamma-star']);
      expect(ids(api.getRelated('beta', 'related'))).toEqual([]);
    });

    it('returns every kind in order, each term once', () => {
      expect(ids(api.getRelated('alpha'))).toEqual(['beta', 'gamma-star', 'delta-rtl']);
      expect(ids(api.getRelated('gamma-star'))).toEqual(['alpha', 'delta-rtl', 'beta']);
    });

    it('names the problem for an unknown id or kind', () => {
      expect(() => api.getRelated('First letter')).toThrow('getRelated: unknown term id "First letter"; expected a kebab-case id such as "inner-alignment" (getTerm() also accepts labels and aliases)');
      expect(() => api.getRelated('alpha', 'parent')).toThrow('getRelated: unknown relation kind "parent"; expected one of broader, narrower, related, contrasts, mitigates, mitigatedBy');
    });
  });

  describe('getTermsByCategory', () => {
    it('returns the terms of a category by label, and none for an empty category', () => {
      expect(ids(api.getTermsByCategory('edge-cases'))).toEqual(['gamma-star', 'delta-rtl']);
      expect(api.getTermsByCategory('empty')).toEqual([]);
    });

    it('lists the categories when the id is unknown', () => {
      expect(() => api.getTermsByCategory('misc')).toThrow('getTermsByCategory: unknown category "misc"; expected one of basics, edge-cases, empty');
    });
  });
});

describe('per-term modules', () => {
  it('export the term itself from require and import', () => {
    const cjs = require('./terms/beta.cjs') as T;
    expect(cjs.term).toBe('Beta');
    expect(Object.isFrozen(cjs.relations)).toBe(true);
    const { stdout } = node("import('./terms/beta.js').then((esm) => console.log(esm.default === require('./terms/beta.cjs'), esm.default.id));");
    expect(stdout.trim()).toBe('true beta');
  });

  it('load nothing but their own file', () => {
    const { stdout } = node(
      "require('./terms/delta-rtl.cjs'); console.log(Object.keys(require.cache).map((f) => require('path').relative(process.cwd(), f)).join());",
    );
    expect(stdout.trim()).toBe('terms/delta-rtl.cjs');
  });

  it('a former id module re-exports the renamed term, warning once even together with getTerm()', () => {
    const { stdout, stderr } = node(
      "const old = require('./terms/old-alpha.cjs'); console.log(old === require('./terms/alpha.cjs'), old.id, api().getTerm('old-alpha').id);",
    );
    expect(stdout.trim()).toBe('true alpha alpha');
    expect(oneDeprecation(stderr)).toContain('"alignment-glossary/terms/old-alpha" is a former id of the term "alpha" (Alpha); import "alignment-glossary/terms/alpha" instead.');
  });
});
