import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The last-modified time of each term file, in seconds, derived from git so that builds of the same commit are
 * byte-identical while a term's time grows whenever its file changes:
 * - a committed, unmodified file: the committer time of the last commit that touched it;
 * - a file with uncommitted changes (or untracked): `SOURCE_DATE_EPOCH` if set, else the HEAD commit time + 1;
 * - outside a git checkout: `SOURCE_DATE_EPOCH` if set, else `fallback`.
 * Keys are term ids (file names without `.md`).
 */
export async function termModifiedTimes(contentDir: string, ids: readonly string[], fallback: number): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const epoch = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : undefined;
  let head: number | undefined;
  try {
    const { stdout: top } = await run('git', ['rev-parse', '--show-prefix'], { cwd: contentDir });
    const prefix = top.trim();
    const { stdout: headTime } = await run('git', ['log', '-1', '--format=%ct'], { cwd: contentDir });
    head = Number(headTime.trim()) || undefined;
    const { stdout } = await run('git', ['log', '--format=@%ct', '--name-only', '--no-renames', '--', 'terms'], { cwd: contentDir, maxBuffer: 256 * 1024 * 1024 });
    let current = 0;
    for (const line of stdout.split('\n')) {
      if (line.startsWith('@')) current = Number(line.slice(1));
      else if (line.endsWith('.md')) {
        const id = line.slice(line.lastIndexOf('/') + 1, -3);
        if (!times.has(id) && line.startsWith(`${prefix}terms/`)) times.set(id, current);
      }
    }
    const { stdout: status } = await run('git', ['status', '--porcelain', '--untracked-files=all', '--', 'terms'], { cwd: contentDir });
    for (const line of status.split('\n')) {
      const file = line.slice(3).trim();
      if (!file.endsWith('.md')) continue;
      times.set(file.slice(file.lastIndexOf('/') + 1, -3), epoch ?? (head ?? fallback) + 1);
    }
  } catch {
    // not a git checkout, or git is missing: fall through to the epoch
  }
  for (const id of ids) if (!times.has(id)) times.set(id, epoch ?? head ?? fallback);
  return times;
}
