import { createHash } from 'node:crypto';
import { link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/** An output folder being written: {@link openOutput}. */
export interface OutputWriter {
  /** Writes files into the temp folder now (so callers can drop them); paths must be unique across all calls. */
  write(files: readonly RenderedFile[]): Promise<void>;
  /** Writes SHA256SUMS (unless disabled) and swaps the temp folder in place of the output folder. */
  commit(): Promise<void>;
  /** Removes the temp folder; the output folder keeps its previous contents. */
  abort(): Promise<void>;
}

/**
 * Starts writing an output folder atomically: files go into a fresh sibling temp folder
 * (`.<out>.tmp-<pid>-<random>`) as they come, and {@link OutputWriter.commit} replaces `outDir` with it by rename.
 * Until then, and if the process dies, `outDir` keeps the previous complete output. The swap takes two renames
 * (old folder aside, new one in); if a process dies between them, the next call finds the parked `….old` folder of
 * a process that no longer runs and puts it back before anything else, and it removes the other leftovers of dead
 * processes. Any failing write aborts, so the temp folder never outlives an error.
 */
export async function openOutput(outDir: string, options: WriteOutputOptions = {}): Promise<OutputWriter> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedWrites(target);
  const temp = await mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-${process.pid}-`));
  const manifest = options.manifest !== false;
  const previous = manifest ? await previousOutput(target) : undefined;
  const sums = new Map<string, string>();
  const dirs = new Set<string>();
  let state: 'open' | 'done' = 'open';
  // Calls run one after another (a write arriving while another runs waits), so abort never races a write.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const remove = async () => {
    state = 'done';
    await rm(temp, { recursive: true, force: true, maxRetries: 3 });
  };
  const abort = () => serial(remove);
  const guard = <T>(work: () => Promise<T>): Promise<T> =>
    serial(async () => {
      if (state !== 'open') throw new Error('the output was already committed or aborted');
      try {
        return await work();
      } catch (error) {
        await remove();
        throw error;
      }
    });
  return {
    write: (files) =>
      guard(async () => {
        for (const f of files) {
          assertSafeRelativePath(f.path);
          if (sums.has(f.path) || (manifest && f.path === 'SHA256SUMS')) throw new Error(`two renderers produced the same file "${f.path}"`);
          sums.set(f.path, '');
        }
        for (const dir of [...new Set(files.map((f) => path.dirname(path.join(temp, f.path))))].sort()) {
          if (!dirs.has(dir)) await mkdir(dir, { recursive: true });
          dirs.add(dir);
        }
        let next = 0;
        const worker = async () => {
          while (next < files.length) {
            const f = files[next++]!;
            const hash = manifest ? createHash('sha256').update(f.contents).digest('hex') : '';
            sums.set(f.path, hash);
            if (!(previous && (await previous.reuse(f, hash, path.join(temp, f.path))))) await writeFile(path.join(temp, f.path), f.contents);
          }
        };
        await Promise.all(Array.from({ length: 16 }, worker));
      }),
    commit: () =>
      guard(async () => {
        if (manifest) {
          const lines = [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, hash]) => `${hash}  ${file}`);
          await writeFile(path.join(temp, 'SHA256SUMS'), `${lines.join('\n')}\n`);
        }
        const old = `${temp}.old`;
        let hadOld = false;
        try {
          await rename(target, old);
          hadOld = true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        try {
          await rename(temp, target);
        } catch (error) {
          if (hadOld) await rename(old, target); // put the previous output back
          throw error;
        }
        state = 'done';
        if (hadOld) await rm(old, { recursive: true, force: true });
      }),
    abort,
  };
}

/**
 * Writes files into `outDir` atomically, all at once (see {@link openOutput}): if anything fails, or the process
 * dies part-way, `outDir` still holds the previous complete output.
 */
export async function writeOutputAtomic(outDir: string, files: readonly RenderedFile[], options: WriteOutputOptions = {}): Promise<void> {
  const output = await openOutput(outDir, options);
  await output.write(files);
  await output.commit();
}

/**
 * The previous output, when it has a SHA256SUMS: `reuse` hard-links one of its files into the new folder instead
 * of writing it again when the file is unchanged — same SHA-256 in the manifest, same size, and not modified since
 * the manifest was written (so a hand-edited file is never carried over). A rebuild after editing one term rewrites
 * only the files that changed; with 60,000 output files that is most of the write time. Any failure (no hard links
 * on this file system, a vanished file) falls back to writing.
 */
async function previousOutput(target: string): Promise<{ reuse(file: RenderedFile, hash: string, to: string): Promise<boolean> } | undefined> {
  let manifestTime: number;
  const hashes = new Map<string, string>();
  try {
    const manifestFile = path.join(target, 'SHA256SUMS');
    manifestTime = (await stat(manifestFile)).mtimeMs;
    for (const line of (await readFile(manifestFile, 'utf8')).split('\n')) if (line.length > 66) hashes.set(line.slice(66), line.slice(0, 64));
  } catch {
    return undefined;
  }
  return {
    async reuse(file, hash, to) {
      if (hashes.get(file.path) !== hash) return false;
      try {
        const from = path.join(target, file.path);
        const info = await stat(from);
        const size = typeof file.contents === 'string' ? Buffer.byteLength(file.contents) : file.contents.byteLength;
        if (!info.isFile() || info.size !== size || info.mtimeMs > manifestTime) return false;
        await link(from, to);
        return true;
      } catch {
        return false;
      }
    },
  };
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
