/**
 * The packed package, installed into a fresh project, used the ways consumers use it: import, require, and a strict
 * TypeScript consumer under moduleResolution nodenext and bundler. Fixtures: test/fixtures/consumer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PACKAGE_DIR, run, runOk, TSC } from './helpers.js';

const consumer = inject('consumer');
const data = JSON.parse(await readFile(path.join(PACKAGE_DIR, 'dist/glossary.json'), 'utf8')) as {
  version: string;
  terms: { id: string; category: string }[];
  categories: unknown[];
  comparisons: unknown[];
};
const { version } = JSON.parse(await readFile(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };

const expected = {
  version,
  terms: data.terms.length,
  categories: data.categories.length,
  comparisons: data.comparisons.length,
  byAbbreviation: 'rlhf',
  failureModes: data.terms.filter((t) => t.category === 'failure-modes').length,
  perTerm: 'inner-alignment',
  frozen: true,
  exports: ['categories', 'comparisons', 'getRelated', 'getTerm', 'getTermsByCategory', 'searchTerms', 'terms', 'version'],
};

async function node(file: string): Promise<Record<string, unknown>> {
  const { stdout, stderr } = await runOk(process.execPath, [file], { cwd: consumer });
  expect(stderr).toBe('');
  return JSON.parse(stdout) as Record<string, unknown>;
}

const tsc = (project: string) => run(process.execPath, [TSC, '-p', project, '--pretty', 'false'], { cwd: consumer });

describe('an installed tarball', () => {
  it('stamps the version of package.json into the data', () => {
    expect(data.version).toBe(version);
  });

  it('works from an ES module', async () => {
    const result = await node('esm.js');
    expect(result).toMatchObject(expected);
    expect((result.search as string[])[0]).toBe('goodharts-law');
    expect(result.narrower).toContain('reward-tampering');
  });

  it('works from CommonJS, including the JSON files', async () => {
    const result = await node('cjs.cjs');
    expect(result).toMatchObject({
      ...expected, json: data.terms.length, schema: 'Alignment Glossary term (npm package)', jsonld: true, packageJson: 'alignment-glossary',
    });
    expect(result.search).toEqual((await node('esm.js')).search);
  });

  it.each(['nodenext', 'bundler'])('type-checks a strict TypeScript consumer with moduleResolution %s', async (resolution) => {
    const result = await tsc(`tsconfig.${resolution}.json`);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each(['nodenext', 'bundler'])('rejects a misspelt TermId at compile time (%s)', async (resolution) => {
    const result = await tsc(`tsconfig.misspelt-${resolution}.json`);
    expect(result.code).toBe(2);
    const errors = result.stdout.trim().split('\n');
    expect(errors).toHaveLength(2);
    // TS2820 is TS2322 with a "Did you mean" suggestion.
    expect(errors[0]).toMatch(/^misspelt\.ts\(4,14\): error TS(2322|2820): Type '"inner-alignmnt"' is not assignable to type 'TermId'\./);
    expect(errors[1]).toMatch(/^misspelt\.ts\(5,35\): error TS2345: Argument of type '"reward-hackin"' is not assignable to parameter of type 'TermId'\./);
  });
});
