import { loadGlossary, parseTerm, QUALITY } from '@alignment-glossary/core';
import { access, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, MINI_CONTENT, tempRepo } from '../test-utils/index.js';
import { labelFromId, scaffoldTerm } from './new.js';

let repo: Awaited<ReturnType<typeof tempRepo>>;
beforeEach(async () => {
  repo = await tempRepo(MINI_CONTENT);
});
afterEach(() => repo.cleanup());

const termFiles = async () => (await readdir(path.join(repo.content, 'terms'))).sort();

describe('scaffoldTerm', () => {
  const text = scaffoldTerm('reward-tampering', 'Reward tampering', 'failure-modes');

  it('parses with core as a draft: no errors, and the front matter holds what was asked', () => {
    const { term, diagnostics } = parseTerm('terms/reward-tampering.md', text);
    expect(diagnostics).toEqual([]);
    expect(term?.frontmatter).toMatchObject({ id: 'reward-tampering', term: 'Reward tampering', category: 'failure-modes', status: 'draft', sources: [] });
  });

  it('points editors at the committed JSON Schema on the first line of the front matter', () => {
    expect(text.split('\n').slice(0, 2)).toEqual(['---', '# yaml-language-server: $schema=../schema/term.schema.json']);
  });

  it('states the limits the validator enforces', () => {
    expect(text).toContain('at most 280 characters');
    expect(text).toContain(`${QUALITY.minWords}–${QUALITY.maxWords} words`);
  });
});

describe('labelFromId', () => {
  it('turns an id into a sentence-case label', () => {
    expect(labelFromId('goal-misgeneralization')).toBe('Goal misgeneralization');
  });
});

describe('glossary new (flags, no terminal)', () => {
  it('writes a draft that the whole glossary accepts with warnings only', async () => {
    const r = await cli(repo.root, 'new', 'epsilon', '--term', 'Epsilon', '--category', 'basics');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('created content/terms/epsilon.md (status: draft)');
    const { glossary, diagnostics } = await loadGlossary(repo.content);
    expect(glossary?.termsById.get('epsilon')?.term).toBe('Epsilon');
    const mine = diagnostics.filter((d) => d.file === 'terms/epsilon.md');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('derives the label from the id when --term is not given', async () => {
    const r = await cli(repo.root, 'new', 'zeta-function', '--category', 'basics');
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(path.join(repo.content, 'terms/zeta-function.md'), 'utf8')).toContain('\nterm: Zeta function\n');
  });

  it('refuses an existing id and writes nothing', async () => {
    const before = await termFiles();
    const r = await cli(repo.root, 'new', 'beta', '--category', 'basics');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"beta" is already taken by content/terms/beta.md.');
    expect(await termFiles()).toEqual(before);
  });

  it('refuses an id that is another term’s alias, naming that term', async () => {
    const r = await cli(repo.root, 'new', 'first-letter', '--category', 'basics');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"first-letter" is already taken by content/terms/alpha.md (the alias of "alpha")');
    await expect(access(path.join(repo.content, 'terms/first-letter.md'))).rejects.toThrow();
  });

  it('refuses a label that another term already uses', async () => {
    const r = await cli(repo.root, 'new', 'another-alpha', '--term', 'Alpha', '--category', 'basics');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Alpha" is already taken by content/terms/alpha.md (the id of "alpha")');
  });

  it('rejects a bad id and an unknown or missing category with the valid choices (exit 2)', async () => {
    const bad = await cli(repo.root, 'new', 'Reward_Tampering', '--category', 'basics');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"Reward_Tampering" is not a valid id: it must be kebab-case');
    const unknown = await cli(repo.root, 'new', 'epsilon', '--category', 'basic');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown category "basic"; one of: basics, edge-cases, empty');
    const missing = await cli(repo.root, 'new', 'epsilon');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --category; one of: basics, edge-cases, empty');
    expect(await termFiles()).not.toContain('epsilon.md');
  });
});
