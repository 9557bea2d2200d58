/**
 * The release flow end to end, against a real npm registry on 127.0.0.1 (verdaccio, no uplinks): a throwaway copy
 * of the repository's release setup publishes its first version, then an added term plus a changeset become a
 * minor release, then a renamed id (kept in formerIds) a major one; a fresh project installs each from the registry.
 * The real repository's versions, changelogs, ~/.npmrc and npm cache are never touched.
 */
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedEnv, PACKAGE_DIR, REPO_DIR, runOk } from './helpers.js';
import { startRegistry, type LocalRegistry } from './registry.js';

const rootScripts = (JSON.parse(await readFile(path.join(REPO_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

let work: string;
let registry: LocalRegistry | undefined;
let env: NodeJS.ProcessEnv;
let repo: string;

/** Links a package of the real repository's node_modules into the throwaway repository's node_modules. */
async function linkPackage(name: string): Promise<void> {
  const target = path.join(repo, 'node_modules', name);
  await mkdir(path.dirname(target), { recursive: true });
  await symlink(await realpath(path.join(REPO_DIR, 'node_modules', name)), target, 'dir');
}

/**
 * A minimal copy of the repository: content/, the built CLI (apps/cli), packages/data's manifest, README and
 * licence, and the real .changeset/config.json. The CLI reads the version from ../../packages/data/package.json
 * relative to itself, so it is copied rather than linked. Dependencies are symlinks into the real node_modules.
 */
async function makeRepository(): Promise<void> {
  await mkdir(repo, { recursive: true });
  await writeFile(
    path.join(repo, 'package.json'),
    `${JSON.stringify({
      name: 'release-rehearsal',
      private: true,
      workspaces: ['packages/*'],
      scripts: { release: 'changeset version && npm run build --workspace alignment-glossary && changeset publish' },
    }, null, 2)}\n`,
  );
  await writeFile(path.join(repo, '.gitignore'), 'node_modules/\ndist/\n');
  await cp(path.join(REPO_DIR, '.changeset/config.json'), path.join(repo, '.changeset/config.json'));
  await cp(path.join(REPO_DIR, 'content'), path.join(repo, 'content'), { recursive: true, filter: (f) => !f.includes('node_modules') });
  for (const file of ['package.json', 'README.md', 'LICENSE']) await cp(path.join(PACKAGE_DIR, file), path.join(repo, 'packages/data', file));
  const cli = path.join(REPO_DIR, 'apps/cli');
  for (const part of ['package.json', 'bin', 'dist']) await cp(path.join(cli, part), path.join(repo, 'apps/cli', part), { recursive: true });

  const cliManifest = JSON.parse(await readFile(path.join(cli, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of [...Object.keys(cliManifest.dependencies), '@changesets/cli']) await linkPackage(name);
  await mkdir(path.join(repo, 'node_modules/.bin'));
  await symlink(path.join(repo, 'apps/cli/bin/glossary.js'), path.join(repo, 'node_modules/.bin/glossary'));
  await symlink(path.join(REPO_DIR, 'node_modules/@changesets/cli/bin.js'), path.join(repo, 'node_modules/.bin/changeset'));

  await git('init', '-q', '-b', 'main');
  await commit('chore: the repository as it is today');
}

const git = (...args: string[]) => runOk('git', args, { cwd: repo, env });
async function commit(message: string): Promise<void> {
  await git('add', '-A');
  await git('commit', '-q', '-m', message);
}

const release = () => runOk('npm', ['run', 'release'], { cwd: repo, env, timeout: 120_000 });
const dataManifest = async () => JSON.parse(await readFile(path.join(repo, 'packages/data/package.json'), 'utf8')) as { version: string };

/** Installs a version from the registry into a fresh project and runs a CommonJS snippet there. */
async function installAndRun(version: string, code: string): Promise<{ stdout: string; stderr: string }> {
  const app = await mkdtemp(path.join(work, 'app-'));
  await writeFile(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  await runOk('npm', ['install', '--no-package-lock', `alignment-glossary@${version}`], { cwd: app, env });
  return runOk(process.execPath, ['-e', code], { cwd: app, env });
}

const TERM = `---
id: release-rehearsal
term: Release rehearsal
shortDefinition: A dry run of publishing the glossary, used by its test suite to prove that a new term reaches npm users.
category: foundations
status: draft
relations:
  related: [alignment]
---

A made-up term that only exists in the test suite's copy of the content; it links to [alignment](term:alignment).
`;

const changeset = (bump: 'minor' | 'major', summary: string) => `---\n"alignment-glossary": ${bump}\n---\n\n${summary}\n`;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'alignment-glossary-release-'));
  const home = isolatedEnv(work).HOME!;
  await mkdir(home, { recursive: true });
  registry = await startRegistry(path.join(work, 'registry'), isolatedEnv(work));
  env = isolatedEnv(work, {
    npm_config_userconfig: registry.npmrc,
    npm_config_registry: registry.url,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Release Rehearsal',
    GIT_AUTHOR_EMAIL: 'rehearsal@example.org',
    GIT_COMMITTER_NAME: 'Release Rehearsal',
    GIT_COMMITTER_EMAIL: 'rehearsal@example.org',
  });
  repo = path.join(work, 'repo');
  await makeRepository();
}, 90_000);

afterAll(async () => {
  await registry?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run release (changesets) against a local registry', () => {
  it('the root release script is: changeset version, then build, then changeset publish', () => {
    expect(rootScripts.release).toMatch(/^changeset version && .*\bbuild\b.* && changeset publish$/);
  });

  it('publishes the first version, a minor release for a new term and a major one for a rename', async () => {
    const first = (await dataManifest()).version;
    const [major, minor] = first.split('.').map(Number) as [number, number];
    const second = `${major}.${minor + 1}.0`;
    const third = `${major + 1}.0.0`;

    // 1. The first release: no changesets yet, so `changeset version` changes nothing and the version is published as is.
    const one = await release();
    expect(one.stdout + one.stderr).toContain(`alignment-glossary@${first}`);

    // 2. A new term with a minor changeset.
    await writeFile(path.join(repo, 'content/terms/release-rehearsal.md'), TERM);
    await writeFile(path.join(repo, '.changeset/add-release-rehearsal.md'), changeset('minor', 'Add the term "Release rehearsal".'));
    await commit('content: add release rehearsal');
    await release();
    expect((await dataManifest()).version).toBe(second);
    const changelog = await readFile(path.join(repo, 'packages/data/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${second}\n\n### Minor Changes\n\n- `);
    expect(changelog).toContain('Add the term "Release rehearsal".');
    await commit(`chore: release ${second}`);

    const installed = await installAndRun(
      second,
      "const g = require('alignment-glossary'); const t = require('alignment-glossary/terms/release-rehearsal'); console.log(JSON.stringify([g.version, g.getTerm('Release rehearsal').id, t.term]));",
    );
    expect(JSON.parse(installed.stdout)).toEqual([second, 'release-rehearsal', 'Release rehearsal']);

    // 3. A rename (major): the old id stays in formerIds, so old code gets a DeprecationWarning, not a crash.
    await rm(path.join(repo, 'content/terms/release-rehearsal.md'));
    await writeFile(
      path.join(repo, 'content/terms/release-drill.md'),
      TERM.replace('id: release-rehearsal', 'id: release-drill\nformerIds: [release-rehearsal]').replace('term: Release rehearsal', 'term: Release drill'),
    );
    await writeFile(path.join(repo, '.changeset/rename-release-rehearsal.md'), changeset('major', 'Rename "release-rehearsal" to "release-drill"; the old id still resolves, with a warning.'));
    await commit('content: rename release rehearsal');
    await release();
    expect((await dataManifest()).version).toBe(third);
    expect(await readFile(path.join(repo, 'packages/data/CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`## ${third.replace(/\./g, '\\.')}\\n\\n### Major Changes\\n\\n- .*Rename "release-rehearsal"`));

    const renamed = await installAndRun(
      third,
      "const g = require('alignment-glossary'); const old = require('alignment-glossary/terms/release-rehearsal'); console.log(JSON.stringify([g.version, g.getTerm('release-rehearsal').id, old.id]));",
    );
    expect(JSON.parse(renamed.stdout)).toEqual([third, 'release-drill', 'release-drill']);
    expect(renamed.stderr.match(/DeprecationWarning/g)).toHaveLength(1);
    expect(renamed.stderr).toContain('is a former id of the term "release-drill"');

    // The registry holds the three versions; git has a tag for each, as `changeset publish` creates them.
    const view = await runOk('npm', ['view', 'alignment-glossary', 'versions', '--json'], { cwd: repo, env });
    expect(JSON.parse(view.stdout)).toEqual([first, second, third]);
    expect((await git('tag', '--list')).stdout.trim().split('\n')).toEqual([first, second, third].map((v) => `alignment-glossary@${v}`));
  }, 240_000);
});
