import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs git in `cwd` and returns its standard output; throws with git's message on failure. */
export async function git(args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`git ${args.join(' ')}: ${(e.stderr || e.message).trim()}`);
  }
}

/** Like `git`, but undefined instead of an error. */
export async function tryGit(args: readonly string[], cwd: string): Promise<string | undefined> {
  try {
    return await git(args, cwd);
  } catch {
    return undefined;
  }
}

/** The commit a ref names (branch, tag, `HEAD~1`, sha), or undefined when it names none. */
export async function resolveCommit(ref: string, cwd: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  return (await tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd))?.trim() || undefined;
}

/** The repository holding `dir`: its top folder and `dir`'s path inside it (`content/`, or `''` at the top). */
export async function repoLocation(dir: string): Promise<{ top: string; prefix: string } | undefined> {
  const top = await tryGit(['rev-parse', '--show-toplevel'], dir);
  const prefix = await tryGit(['rev-parse', '--show-prefix'], dir);
  return top === undefined || prefix === undefined ? undefined : { top: top.trim(), prefix: prefix.trim() };
}

/**
 * Extracts the folder `prefix` of the repository at `top` as it was at `commit` into `into`, with
 * `git archive | tar -x`, and returns the extracted folder; undefined when the folder did not exist at that commit.
 */
export async function extractAt(top: string, commit: string, prefix: string, into: string): Promise<string | undefined> {
  const folder = prefix.replace(/\/$/, '');
  if (folder && (await tryGit(['cat-file', '-e', `${commit}:${folder}`], top)) === undefined) return undefined;
  const archive = path.join(into, 'base.tar');
  await git(['archive', '--format=tar', '-o', archive, commit, ...(folder ? ['--', folder] : [])], top);
  const tree = path.join(into, 'tree');
  await mkdir(tree, { recursive: true });
  await run('tar', ['-xf', archive, '-C', tree]);
  return path.join(tree, folder);
}
