import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitAll, edit, git, initRepo, MINI_CONTENT, runMain, tempRepo } from '../test-utils/index.js';

let repo: Awaited<ReturnType<typeof tempRepo>>;
beforeEach(async () => {
  repo = await tempRepo(MINI_CONTENT);
  await mkdir(path.join(repo.root, '.changeset'));
  await writeFile(path.join(repo.root, '.changeset/README.md'), '# Changesets\n');
  await writeFile(path.join(repo.root, '.changeset/old-release.md'), '---\n"alignment-glossary": major\n---\n\nAn unreleased change already on main.\n');
  await initRepo(repo.root);
  await git(repo.root, 'checkout', '-q', '-b', 'feature');
});
afterEach(() => repo.cleanup());

const check = (...args: string[]) => runMain('check-changeset', '--content', repo.content, ...args);
const changeset = (name: string, text: string) => writeFile(path.join(repo.root, '.changeset', `${name}.md`), text);
const addTerm = async () => {
  await cp(path.join(repo.content, 'terms/beta.md'), path.join(repo.content, 'terms/beta-two.md'));
  await edit(path.join(repo.content, 'terms/beta-two.md'), /id: beta\nterm: Beta/, 'id: beta-two\nterm: Beta two');
  await edit(path.join(repo.content, 'terms/beta-two.md'), 'The second term', 'Another term');
};

describe('glossary check-changeset', () => {
  it('passes when the content did not change (default base: main)', async () => {
    const r = await check();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no content change since main needs a release (implied bump: none)');
  });

  it('fails for a new term without a changeset, saying the bump and how to add one; changesets already on main do not count', async () => {
    await addTerm();
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  added: beta-two → minor');
    expect(r.stdout).toContain('✖ the content changed (implied bump: minor), but no changeset added since main releases alignment-glossary.');
    expect(r.stdout).toContain('run "npx changeset", select alignment-glossary, choose minor');
    expect(r.stdout).toContain('    "alignment-glossary": minor');
  });

  it('fails when the changeset’s bump is smaller than the implied one, and passes once it is enough', async () => {
    await addTerm();
    await changeset('new-term', '---\n"alignment-glossary": patch\n---\n\nAdd beta two.\n');
    const small = await check();
    expect(small.code).toBe(1);
    expect(small.stdout).toContain('release alignment-glossary only as patch (.changeset/new-term.md (patch))');

    await changeset('new-term', '---\n"alignment-glossary": minor\n---\n\nAdd beta two.\n');
    await commitAll(repo.root, 'add beta two');
    const ok = await check('--base', 'main');
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain('✔ .changeset/new-term.md (minor) releases alignment-glossary as minor; the content changes need at least minor');
  });

  it('ignores changesets for other packages and requires major for a removed id', async () => {
    await rm(path.join(repo.content, 'terms/delta-rtl.md'));
    await edit(path.join(repo.content, 'terms/alpha.md'), 'contrasts: [delta-rtl]', 'contrasts: []');
    await changeset('core-fix', '---\n"@alignment-glossary/core": major\n---\n\nCore.\n');
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('removed: delta-rtl → major');
    expect(r.stdout).toContain('(found .changeset/core-fix.md, for other packages)');
  });

  it('fails on a malformed changeset, naming the file', async () => {
    await addTerm();
    await changeset('broken', '"alignment-glossary": minor\n');
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✖ .changeset/broken.md: a changeset starts with front matter between two "---" lines');
  });

  it('falls back to HEAD~1 when there is no main branch, and explains an unknown base', async () => {
    await git(repo.root, 'branch', '-m', 'main', 'trunk');
    await addTerm();
    await commitAll(repo.root, 'add beta two');
    const r = await check();
    expect(r.stdout).toContain('changes from HEAD~1 to');
    expect(r.code).toBe(1);
    const unknown = await check('--base', 'origin/nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"origin/nope" is not a git ref here. In CI, check out with fetch-depth: 0');
  });
});
