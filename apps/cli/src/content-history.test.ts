import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { termModifiedTimes } from './content-history.js';

const COMMITTED = 1_767_225_600; // 2026-01-01T00:00:00Z

describe('termModifiedTimes', () => {
  let repo: string;
  const content = () => path.join(repo, 'content');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd: repo, env: { ...process.env, GIT_COMMITTER_DATE: `${COMMITTED} +0000`, GIT_AUTHOR_DATE: `${COMMITTED} +0000` },
  });
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(content(), file)), { recursive: true });
    await writeFile(path.join(content(), file), text);
  };

  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'content-history-'));
    git('init', '-q');
    await write('terms/alpha.md', 'a');
    await write('terms/beta.md', 'b');
    await write('categories/basics.yaml', 'c');
    await write('comparisons/alpha-vs-beta.yaml', 'x');
    await write('books/all.yaml', 'book');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    await write('terms/beta.md', 'b2');
    await write('comparisons/alpha-vs-beta.yaml', 'x2');
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('gives committed files their commit time and changed ones HEAD + 1, for terms, categories and comparisons', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      const times = await termModifiedTimes(content(), ['alpha', 'beta', 'gamma'], 42);
      expect(Object.fromEntries([...times].sort())).toEqual({
        alpha: COMMITTED,
        beta: COMMITTED + 1,
        'categories/basics': COMMITTED,
        'comparisons/alpha-vs-beta': COMMITTED + 1,
        gamma: COMMITTED,
      });
    } finally {
      if (saved !== undefined) process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('falls back to the given time outside a git checkout', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    const outside = await mkdtemp(path.join(os.tmpdir(), 'no-git-'));
    try {
      expect(await termModifiedTimes(outside, ['alpha'], 42)).toEqual(new Map([['alpha', 42]]));
    } finally {
      if (saved !== undefined) process.env.SOURCE_DATE_EPOCH = saved;
      await rm(outside, { recursive: true, force: true });
    }
  });
});
