// The part of the output writer that touches the files: packing rendered files into buffers for the writer's worker
// thread (in the thread that rendered them), and writing them into the temp folder (in that worker, see
// write-output-worker.ts, or in this thread when running from TypeScript sources under the tests).
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from './write-output.js';

/** Files packed into one buffer: file `i` is `paths[i]`, its bytes `bytes[ends[i - 1] ?? 0 .. ends[i]]`. */
export interface PackedFiles {
  readonly paths: string[];
  readonly ends: number[];
  /** A view of a whole ArrayBuffer of its own, so it can be transferred to the writer thread. */
  readonly bytes: Uint8Array;
}

/** Bytes per packed buffer: a file larger than this gets a buffer of its own. */
export const PACK_BYTES = 32 * 1024 * 1024;

const byteLength = (contents: string | Uint8Array) => (typeof contents === 'string' ? Buffer.byteLength(contents) : contents.byteLength);

/**
 * Encodes files (UTF-8 for strings, exactly as `writeFile` would) into buffers of at most `limit` bytes (unless one
 * file is larger), handing each to `send` as soon as it is full, so the caller can drop its strings at once. `send`
 * should transfer the buffer to the writer thread right away: that thread then owns the memory and frees it with
 * its own (small, cheap) garbage collections, while buffers allocated here and kept would make V8 run a full
 * collection of this thread's large heap every 64 MB or so (200–300 ms each at 10,000 terms).
 */
export function packFiles(files: readonly RenderedFile[], send: (pack: PackedFiles) => void, limit = PACK_BYTES): void {
  let start = 0;
  while (start < files.length) {
    const lengths: number[] = [byteLength(files[start]!.contents)];
    let size = lengths[0]!;
    let end = start + 1;
    for (; end < files.length; end++) {
      const n = byteLength(files[end]!.contents);
      if (size + n > limit) break;
      lengths.push(n);
      size += n;
    }
    const bytes = Buffer.allocUnsafeSlow(size); // not from Node's shared pool: its ArrayBuffer is this buffer alone
    const paths: string[] = [];
    const ends: number[] = [];
    let offset = 0;
    for (let i = start; i < end; i++) {
      const { path: file, contents } = files[i]!;
      if (typeof contents === 'string') bytes.write(contents, offset, 'utf8');
      else bytes.set(contents, offset);
      offset += lengths[i - start]!;
      paths.push(file);
      ends.push(offset);
    }
    send({ paths, ends, bytes });
    start = end;
  }
}

/** What the writer thread needs: the temp folder, and the previous output whose unchanged files it may hard-link. */
export interface FileWriterOptions {
  readonly temp: string;
  /** The output folder being replaced; only when a manifest is kept (its SHA256SUMS says which files are unchanged). */
  readonly previous?: string;
  /** Hash every file (for SHA256SUMS). */
  readonly manifest: boolean;
}

/**
 * Returns a function that writes packed files into the temp folder with plain synchronous calls (one thread writing
 * one file after another: on this project's machines parallel writes into the same folders cost several times more
 * system time than sequential ones), creating each folder once, and returns each file's SHA-256 (hex; '' without a
 * manifest).
 */
export function fileWriter(options: FileWriterOptions): (pack: PackedFiles) => string[] {
  const { temp, manifest } = options;
  const previous = options.previous !== undefined ? previousOutput(options.previous) : undefined;
  const dirs = new Set<string>([temp]);
  return ({ paths, ends, bytes: packed }) => {
    const hashes: string[] = [];
    let start = 0;
    for (let i = 0; i < paths.length; i++) {
      const bytes = packed.subarray(start, ends[i]);
      start = ends[i]!;
      const to = path.join(temp, paths[i]!);
      const dir = path.dirname(to);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        for (let d = dir; !dirs.has(d); d = path.dirname(d)) dirs.add(d);
      }
      const hash = manifest ? createHash('sha256').update(bytes).digest('hex') : '';
      hashes.push(hash);
      if (!previous?.reuse(paths[i]!, bytes.byteLength, hash, to)) writeFileSync(to, bytes);
    }
    return hashes;
  };
}

/**
 * The previous output, when it has a SHA256SUMS: `reuse` hard-links one of its files into the new folder instead
 * of writing it again when the file is unchanged — same SHA-256 in the manifest (the hash of the new bytes, which
 * the new manifest needs anyway), same size, and not modified since the manifest was written (so a hand-edited file
 * is never carried over). A rebuild after editing one term rewrites only the files that changed; with 60,000 output
 * files that is most of the write time. Any failure (no hard links on this file system, a vanished file) falls back
 * to writing.
 */
function previousOutput(target: string): { reuse(file: string, size: number, hash: string, to: string): boolean } | undefined {
  let manifestTime: number;
  const hashes = new Map<string, string>();
  try {
    const manifestFile = path.join(target, 'SHA256SUMS');
    manifestTime = statSync(manifestFile).mtimeMs;
    for (const line of readFileSync(manifestFile, 'utf8').split('\n')) if (line.length > 66) hashes.set(line.slice(66), line.slice(0, 64));
  } catch {
    return undefined;
  }
  return {
    reuse(file, size, hash, to) {
      if (hashes.get(file) !== hash) return false;
      try {
        const from = path.join(target, file);
        const info = statSync(from);
        if (!info.isFile() || info.size !== size || info.mtimeMs > manifestTime) return false;
        linkSync(from, to);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Removes a folder tree (the previous output, once replaced): one readdir per folder and one unlink per file, which
 * at 60,000 files takes about two thirds of the time of `fs.rmSync` (that also stats every entry) and half the CPU
 * of `fs.promises.rm`. Anything unexpected (a file vanishing meanwhile, a permission) falls back to `fs.rmSync`.
 */
export function removeTree(dir: string): void {
  const remove = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) remove(file);
      else unlinkSync(file);
    }
    rmdirSync(folder);
  };
  try {
    remove(dir);
  } catch {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
