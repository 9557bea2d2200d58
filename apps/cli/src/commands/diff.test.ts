import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitAll, edit, initRepo, MINI_CONTENT, publishedGlossary, runMain, tempRepo } from '../test-utils/index.js';

let repo: Awaited<ReturnType<typeof tempRepo>>;
beforeEach(async () => {
  repo = await tempRepo(MINI_CONTENT);
  await initRepo(repo.root);
});
afterEach(() => repo.cleanup());

const diff = (...args: string[]) => runMain('diff', ...args, '--content', repo.content);
const term = (id: string) => path.join(repo.content, 'terms', `${id}.md`);

describe('glossary diff <git ref>', () => {
  it('reports no change against HEAD of an untouched checkout', async () => {
    const r = await diff('HEAD');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no term or content changes from HEAD to');
  });

  it('reports a wording fix as patch and ignores re-wrapping', async () => {
    await edit(term('alpha'), 'The first term of the fixture, broader than beta.', 'The first term of the\n  fixture, broader than beta.');
    expect((await diff('HEAD')).stdout).toContain('→ none');
    await edit(term('beta'), 'A table:', 'A small table:');
    const r = await diff('HEAD');
    expect(r.stdout).toContain('  changed: beta (explanation) → patch\nimplied bump for alignment-glossary: patch');
  });

  it('reports a rename through formerIds as major, not as a removal plus an addition', async () => {
    await rename(term('delta-rtl'), term('delta-hebrew'));
    await edit(term('delta-hebrew'), 'id: delta-rtl', 'id: delta-hebrew\nformerIds: [delta-rtl]');
    await edit(term('alpha'), 'contrasts: [delta-rtl]', 'contrasts: [delta-hebrew]');
    const r = await diff('HEAD');
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toMatch(/^changes from HEAD to \S+content: 1 renamed\n/);
    expect(r.stdout.split('\n').slice(1)).toEqual(['  renamed: delta-rtl ⇒ delta-hebrew → major', 'implied bump for alignment-glossary: major', '']);
  });

  it('compares with an older commit, including other content, as markdown and json', async () => {
    await edit(path.join(repo.content, 'comparisons/alpha-vs-beta.yaml'), 'second', 'the second');
    await commitAll(repo.root, 'edit comparison');
    await cp(term('beta'), term('beta-two'));
    await edit(term('beta-two'), /id: beta\nterm: Beta/, 'id: beta-two\nterm: Beta two');
    await edit(term('beta-two'), 'The second term', 'Another term');
    const md = await diff('HEAD~1', '--format', 'markdown');
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('### Glossary changes against `HEAD~1`');
    expect(md.stdout).toContain('| added | Beta two (`beta-two`) |  | minor |');
    expect(md.stdout).toContain('| changed | comparison `alpha-vs-beta` |  | patch |');
    expect(md.stdout).toContain('**Implied bump: minor**');
    const json = JSON.parse((await diff('HEAD~1', '--format', 'json')).stdout);
    expect(json).toMatchObject({ base: 'HEAD~1', bump: 'minor', terms: [{ kind: 'added', id: 'beta-two' }] });
  });

  it('diffs what parses when the base does not validate, and says so', async () => {
    await edit(term('gamma-star'), 'mitigates: [beta]', 'mitigates: [beta, nowhere]');
    await commitAll(repo.root, 'broken');
    await edit(term('gamma-star'), 'mitigates: [beta, nowhere]', 'mitigates: [beta]');
    const r = await diff('HEAD');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: the base (HEAD) does not validate (1 error');
    expect(r.stdout).toContain('no term or content changes');
  });

  it('refuses when the working content does not validate, printing its errors', async () => {
    await edit(term('gamma-star'), 'mitigates: [beta]', 'mitigates: [betta]');
    const r = await diff('HEAD');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown term "betta" (did you mean "beta"?)');
    expect(r.stderr).toContain('does not validate');
  });

  it('counts every term as added when the content folder did not exist at the base', async () => {
    await rename(repo.content, path.join(repo.root, 'glossary'));
    await commitAll(repo.root, 'move');
    await rename(path.join(repo.root, 'glossary'), repo.content);
    const r = await diff('HEAD');
    expect(r.stderr).toContain('did not exist at HEAD; every term counts as added');
    expect(r.stdout).toContain('added: alpha → minor');
  });

  it('explains a base that is neither a ref, a folder nor a file (exit 2)', async () => {
    const r = await diff('no-such-branch');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"no-such-branch" is not a folder, a file, npm:<version> or a git ref');
    expect((await runMain('diff', '--content', repo.content)).code).toBe(2);
    expect((await diff('HEAD', '--format', 'html')).stderr).toContain('--format must be "text", "markdown" or "json"');
  });
});

describe('glossary diff <folder | glossary.json | npm:tarball>', () => {
  it('compares with another content folder', async () => {
    const other = path.join(repo.root, 'older');
    await cp(repo.content, other, { recursive: true });
    await rm(path.join(other, 'terms/gamma-star.md'));
    const r = await diff(other);
    expect(r.stderr).toContain('does not validate'); // the older copy still relates and links to gamma-star
    expect(r.stdout).toContain('  added: gamma-star → minor');
  });

  it('compares with a published glossary.json, directly or from an npm tarball', async () => {
    const full = await publishedGlossary(repo.content);
    const published = { ...full, terms: full.terms.filter((t) => t.id !== 'beta') };
    const pkg = path.join(repo.root, 'pkg', 'package');
    await mkdir(path.join(pkg, 'dist'), { recursive: true });
    await writeFile(path.join(pkg, 'dist/glossary.json'), JSON.stringify(published));
    await writeFile(path.join(pkg, 'package.json'), JSON.stringify({ name: 'alignment-glossary', version: '0.1.0', files: ['dist'] }));

    const direct = await diff(path.join(pkg, 'dist/glossary.json'));
    expect(direct.stdout).toContain('  added: beta → minor');
    const folder = await diff(pkg);
    expect(folder.stdout.split('\n').slice(1)).toEqual(direct.stdout.split('\n').slice(1));

    await promisify(execFile)('tar', ['-czf', path.join(repo.root, 'pkg.tgz'), '-C', path.join(repo.root, 'pkg'), 'package']);
    const packed = await diff(`npm:${path.join(repo.root, 'pkg.tgz')}`);
    expect(packed.code, packed.stderr).toBe(0);
    expect(packed.stdout).toContain('  added: beta → minor');
    expect(JSON.parse(await readFile(path.join(pkg, 'dist/glossary.json'), 'utf8')).terms).toHaveLength(3);
  });
});
