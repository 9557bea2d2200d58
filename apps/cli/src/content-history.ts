import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

const HISTORY_DIRS = ['terms', 'categories', 'comparisons'];

/** `terms/<id>.md` → `<id>`; `categories/<id>.yaml` → `categories/<id>` (likewise comparisons); else undefined. */
function historyKey(file: string): string | undefined {
  const match = /^(terms|categories|comparisons)\/([^/]+)\.(md|yaml)$/.exec(file);
  if (!match || (match[1] === 'terms') !== (match[3] === 'md')) return undefined;
  return match[1] === 'terms' ? match[2] : `${match[1]}/${match[2]}`;
}

/**
 * The last-modified time of each term file, in seconds, derived from git so that builds of the same commit are
 * byte-identical while a term's time grows whenever its file changes:
 * - a committed, unmodified file: the committer time of the last commit that touched it;
 * - a file with uncommitted changes (or untracked): `SOURCE_DATE_EPOCH` if set, else the HEAD commit time + 1;
 * - outside a git checkout: `SOURCE_DATE_EPOCH` if set, else `fallback`.
 * Keys are term ids (file names without `.md`); every id in `ids` gets a time. Category and comparison files get
 * the same treatment under the keys `categories/<id>` and `comparisons/<id>` (only those git knows about), since
 * some outputs (Anki notes) are built from them too.
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
    const { stdout } = await run('git', ['log', '--format=@%ct', '--name-only', '--no-renames', '--', ...HISTORY_DIRS], { cwd: contentDir, maxBuffer: 256 * 1024 * 1024 });
    let current = 0;
    for (const line of stdout.split('\n')) {
      if (line.startsWith('@')) current = Number(line.slice(1));
      else if (line.startsWith(prefix)) {
        const key = historyKey(line.slice(prefix.length));
        if (key !== undefined && !times.has(key)) times.set(key, current);
      }
    }
    const { stdout: status } = await run('git', ['status', '--porcelain', '--untracked-files=all', '--', ...HISTORY_DIRS], { cwd: contentDir });
    for (const line of status.split('\n')) {
      const file = line.slice(3).trim().replace(/^.* -> /, '');
      const key = file.startsWith(prefix) ? historyKey(file.slice(prefix.length)) : undefined;
      if (key !== undefined) times.set(key, epoch ?? (head ?? fallback) + 1);
    }
  } catch {
    // not a git checkout, or git is missing: fall through to the epoch
  }
  for (const id of ids) if (!times.has(id)) times.set(id, epoch ?? head ?? fallback);
  return times;
}
