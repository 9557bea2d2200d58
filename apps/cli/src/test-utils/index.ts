import type { GlossaryData } from '@alignment-glossary/render-data';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root, the real content and the mini fixture. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const REAL_CONTENT = path.join(REPO_ROOT, 'content');
export const MINI_CONTENT = path.join(REPO_ROOT, 'packages/core/test/fixtures/mini');
/** The built CLI launcher, as a contributor runs it (`npx glossary`). */
export const CLI = path.join(REPO_ROOT, 'apps/cli/bin/glossary.js');

/** A temp folder holding a copy of `content` at `<root>/content`; `cleanup` removes it. */
export async function tempRepo(content: string): Promise<{ root: string; content: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'glossary-cli-test-'));
  await cp(content, path.join(root, 'content'), { recursive: true });
  return { root, content: path.join(root, 'content'), cleanup: () => rm(root, { recursive: true, force: true }) };
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Runs git in `cwd` with a fixed identity and no user or system config. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, env: { ...process.env, ...GIT_ENV } });
  return stdout;
}

/** `git init` on branch main in `root` and a first commit of everything in it. */
export async function initRepo(root: string): Promise<void> {
  await git(root, 'init', '-q', '-b', 'main');
  await writeFile(path.join(root, '.gitignore'), '.glossary-cache/\n');
  await commitAll(root, 'content');
}

/** Commits everything in the repository at `root`. */
export async function commitAll(root: string, message: string): Promise<void> {
  await git(root, 'add', '-A');
  await git(root, 'commit', '-q', '-m', message);
}

/** Runs the built CLI in `cwd`; never throws, returns the exit code and both streams. */
export async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...GIT_ENV, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Replaces `from` by `to` in a file; fails loudly when `from` is not there, so a test never edits nothing. */
export async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`);
  await writeFile(file, next);
}

let cacheDir: string | undefined;

/**
 * Runs the CLI in this process (faster than spawning) and returns the exit code and what it printed. The term
 * cache goes to a temp folder, never into the package.
 */
export async function runMain(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  cacheDir ??= await mkdtemp(path.join(os.tmpdir(), 'glossary-cache-'));
  process.env.GLOSSARY_CACHE_DIR = cacheDir;
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  const write = process.stdout.write;
  console.log = (...a: unknown[]) => void out.push(`${a.join(' ')}\n`);
  console.error = (...a: unknown[]) => void err.push(`${a.join(' ')}\n`);
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  try {
    const { main } = await import('../cli.js');
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    console.log = log;
    console.error = error;
    process.stdout.write = write;
  }
}

/** The `glossary.json` the data package would publish for a content folder (render-data's own functions). */
export async function publishedGlossary(contentDir: string): Promise<GlossaryData> {
  const { loadGlossary } = await import('@alignment-glossary/core');
  const { toDataTerm, toGlossaryData } = await import('@alignment-glossary/render-data');
  const { glossary } = await loadGlossary(contentDir);
  if (!glossary) throw new Error(`${contentDir} does not validate`);
  const terms = glossary.terms.map((t) => toDataTerm(t, glossary.relations.get(t.id)));
  return JSON.parse(JSON.stringify(toGlossaryData(glossary, terms, '0.1.0'))) as GlossaryData;
}
