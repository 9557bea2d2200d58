import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileWriter, packFiles, removeTree, type FileWriterOptions, type PackedFiles } from './write-output-files.js';

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
  /**
   * Hands files to the writer: they are encoded into buffers and handed to the writer's thread during the call
   * (so the caller can drop them right away), and written into the temp folder there while the caller goes on; the
   * promise resolves once they are on disk. Paths must be unique across all calls. Each pending call holds its files' bytes,
   * so to bound memory, wait for one call before making the next.
   */
  write(files: readonly RenderedFile[]): Promise<void>;
  /** Waits for every write, writes SHA256SUMS (unless disabled) and swaps the temp folder in place of the output folder. */
  commit(): Promise<void>;
  /** Stops the writer and removes the temp folder; the output folder keeps its previous contents. */
  abort(): Promise<void>;
}

/**
 * Starts writing an output folder atomically: files go into a fresh sibling temp folder
 * (`.<out>.tmp-<pid>-<random>`) as they come, and {@link OutputWriter.commit} replaces `outDir` with it by rename.
 * Until then, and if the process dies, `outDir` keeps the previous complete output. The swap takes two renames
 * (old folder aside, new one in); if a process dies between them, the next call finds the parked `….old` folder of
 * a process that no longer runs and puts it back before anything else, and it removes the other leftovers of dead
 * processes. Any failing write aborts, so the temp folder never outlives an error.
 *
 * The files are written by a worker thread (see write-output-worker.ts), one after another with synchronous calls,
 * so a build renders its next target while the previous one is written, and the SHA-256 of each file is computed
 * there from the bytes being written. Unchanged files of the previous output are hard-linked (see
 * write-output-files.ts).
 */
export async function openOutput(outDir: string, options: WriteOutputOptions = {}): Promise<OutputWriter> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedWrites(target);
  const temp = await mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-${process.pid}-`));
  const manifest = options.manifest !== false;
  const writer = startWriter({ temp, manifest, ...(manifest ? { previous: target } : {}) });
  const sums = new Map<string, string>();
  let state: 'open' | 'committing' | 'done' = 'open';
  let failure: { error: unknown } | undefined;
  const writes: Promise<unknown>[] = [];
  let removal: Promise<void> | undefined;
  // Stops the writer first, so nothing lands in the temp folder while or after it is removed.
  const remove = () =>
    (removal ??= (async () => {
      state = 'done';
      await writer.close();
      await rm(temp, { recursive: true, force: true, maxRetries: 3 });
    })());
  const fail = async (error: unknown): Promise<never> => {
    failure ??= { error };
    await remove();
    throw error;
  };
  const closed = () => Promise.reject(new Error('the output was already committed or aborted'));
  return {
    write(files) {
      if (state !== 'open') return closed();
      let written: Promise<string[]>;
      const paths = files.map((f) => f.path); // not the files: their contents can go once handed over
      try {
        for (const f of files) {
          assertSafeRelativePath(f.path);
          if (sums.has(f.path) || (manifest && f.path === 'SHA256SUMS')) throw new Error(`two renderers produced the same file "${f.path}"`);
          sums.set(f.path, '');
        }
        written = writer.write(files);
      } catch (error) {
        written = Promise.reject(error);
      }
      const run = written.then((hashes) => {
        for (let i = 0; i < paths.length; i++) sums.set(paths[i]!, hashes[i]!);
      }, fail);
      writes.push(run.catch(() => undefined));
      return run;
    },
    async commit() {
      if (state !== 'open') return closed();
      state = 'committing';
      await Promise.all(writes);
      if (failure) throw failure.error; // the temp folder is gone already
      try {
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
        if (hadOld) await writer.remove(old).catch(() => rm(old, { recursive: true, force: true }));
        await writer.close();
      } catch (error) {
        await fail(error);
      }
    },
    abort: () => remove(),
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

/** The writer's thread as seen from here. */
interface Writer {
  /** Packs the files now and has them written after those of earlier calls; resolves with their hashes. */
  write(files: readonly RenderedFile[]): Promise<string[]>;
  /** Removes a folder tree (after earlier writes). */
  remove(dir: string): Promise<void>;
  /** Stops the thread; resolves once it can write nothing more. Pending writes reject. */
  close(): Promise<void>;
}

/**
 * Starts the writer thread. Under the tests, which run the TypeScript sources (a worker thread needs the built
 * JavaScript), the same code writes in this thread instead.
 */
function startWriter(options: FileWriterOptions): Writer {
  if (import.meta.url.endsWith('.ts')) return inThisThread(options);
  const worker = new Worker(new URL('./write-output-worker.js', import.meta.url), { workerData: options });
  worker.unref(); // referenced only while writes are pending, so a forgotten writer never keeps the process alive
  const waiting: { resolve(hashes: string[]): void; reject(error: unknown): void }[] = [];
  let broken: unknown;
  const failAll = (error: unknown) => {
    broken ??= error;
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on('message', (reply: { hashes: string[] } | { error: { message: string; code?: string } }) => {
    if ('error' in reply) return failAll(Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {}));
    waiting.shift()!.resolve(reply.hashes);
    if (waiting.length === 0) worker.unref();
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the output writer thread stopped (exit code ${code})`)));
  return {
    write(files) {
      if (broken !== undefined) return Promise.reject(broken);
      const written: Promise<string[]>[] = [];
      packFiles(files, (pack) => {
        if (waiting.length === 0) worker.ref();
        written.push(new Promise((resolve, reject) => waiting.push({ resolve, reject })));
        worker.postMessage(pack, [pack.bytes.buffer as ArrayBuffer]);
      });
      return Promise.all(written).then((hashes) => hashes.flat());
    },
    remove(dir) {
      if (broken !== undefined) return Promise.reject(broken);
      if (waiting.length === 0) worker.ref();
      const removed = new Promise<unknown>((resolve, reject) => waiting.push({ resolve, reject }));
      worker.postMessage({ remove: dir });
      return removed.then(() => undefined);
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

function inThisThread(options: FileWriterOptions): Writer {
  const write = fileWriter(options);
  let queue: Promise<unknown> = Promise.resolve();
  let stopped = false;
  return {
    write(files) {
      const packs: PackedFiles[] = [];
      packFiles(files, (pack) => packs.push(pack));
      const run = queue.then(() => {
        if (stopped) throw new Error('the output writer was stopped');
        return packs.flatMap(write);
      });
      queue = run.catch(() => {
        stopped = true;
      });
      return run;
    },
    remove: async (dir) => {
      await queue;
      removeTree(dir);
    },
    close: async () => {
      stopped = true;
      await queue;
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
