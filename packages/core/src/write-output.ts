import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file produced by a renderer: a path relative to the output folder, and its contents. */
export interface RenderedFile {
  readonly path: string;
  readonly contents: string | Uint8Array;
}

/** Rejects absolute paths, `..` segments and backslashes, so a renderer can never write outside its folder. */
export function assertSafeRelativePath(file: string): void {
  if (file === '' || file.startsWith('/') || file.includes('\\') || file.split('/').some((s) => s === '..' || s === '' || s === '.')) {
    throw new Error(`unsafe output path "${file}": renderers must return relative paths without "..", "." or empty segments`);
  }
}

/** `SHA256SUMS` in the format of `sha256sum`, sorted by path. */
export function sha256sums(files: readonly RenderedFile[]): string {
  return [...files]
    .map((f) => `${createHash('sha256').update(f.contents).digest('hex')}  ${f.path}`)
    .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1))
    .join('\n') + '\n';
}

export interface WriteOutputOptions {
  /** Also write a SHA256SUMS manifest of the files. Default true. (optional) */
  readonly manifest?: boolean;
}

/**
 * Writes files into `outDir` atomically: everything goes into a fresh sibling temp folder
 * (`.<out>.tmp-<pid>-<random>`), which then replaces `outDir` by rename. If the process dies part-way, `outDir`
 * still holds the previous complete output. The swap takes two renames (old folder aside, new one in); if a
 * process dies between them, the next call finds the parked `….old` folder of a process that no longer runs and
 * puts it back before anything else, and it removes the other leftovers of dead processes.
 */
export async function writeOutputAtomic(outDir: string, files: readonly RenderedFile[], options: WriteOutputOptions = {}): Promise<void> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedWrites(target);
  const temp = await mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-${process.pid}-`));
  try {
    const all = options.manifest === false ? files : [...files, { path: 'SHA256SUMS', contents: sha256sums(files) }];
    const seen = new Set<string>();
    const dirs = new Set<string>();
    for (const f of all) {
      assertSafeRelativePath(f.path);
      if (seen.has(f.path)) throw new Error(`two renderers produced the same file "${f.path}"`);
      seen.add(f.path);
      dirs.add(path.dirname(path.join(temp, f.path)));
    }
    for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
    let next = 0;
    const worker = async () => {
      while (next < all.length) {
        const f = all[next++]!;
        await writeFile(path.join(temp, f.path), f.contents);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    const old = `${temp}.old`;
    let hadOld = false;
    try {
      await rename(target, old);
      hadOld = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rename(temp, target);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Whether a process with this id runs (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after writes that died: temp folders `.<out>.tmp-<pid>-*` whose process no longer runs. When
 * `target` is missing and such a process left its previous output parked as `….old`, that folder (the newest, if
 * several) becomes `target` again; everything else they left is removed. Folders of running processes are left
 * alone, so two builds into different folders of the same parent never disturb each other.
 */
async function recoverInterruptedWrites(target: string): Promise<void> {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.tmp-`;
  const stale = (await readdir(parent)).filter((name) => {
    if (!name.startsWith(prefix)) return false;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    return pid > 0 && pid !== process.pid && !isRunning(pid);
  });
  if (stale.length === 0) return;
  const exists = await stat(target).then(() => true, () => false);
  if (!exists) {
    const parked = await Promise.all(stale.filter((n) => n.endsWith('.old')).map(async (n) => ({ n, t: (await stat(path.join(parent, n))).mtimeMs })));
    const newest = parked.sort((a, b) => b.t - a.t || (a.n < b.n ? 1 : -1))[0];
    if (newest) await rename(path.join(parent, newest.n), target);
  }
  for (const name of stale) await rm(path.join(parent, name), { recursive: true, force: true });
}
