import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
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
 * Writes files into `outDir` atomically: everything goes into a fresh sibling temp folder, which then replaces
 * `outDir` by rename. If the process dies part-way, `outDir` still holds the previous complete output.
 */
export async function writeOutputAtomic(outDir: string, files: readonly RenderedFile[], options: WriteOutputOptions = {}): Promise<void> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-`));
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
    const queue = [...all];
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) await writeFile(path.join(temp, f.path), f.contents);
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
