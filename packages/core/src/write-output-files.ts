// The part of the output writer that touches the files of the temp folder: packing rendered files into a few large
// buffers (in the thread that rendered them) and writing them out (in the writer's worker thread, see
// write-output-worker.ts, or in this thread when running from TypeScript sources under the tests).
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from './write-output.js';

/** Files packed into one buffer: file `i` is `bytes[ends[i - 1] ?? 0 .. ends[i]]`. The buffer owns its memory, so it can be transferred to another thread. */
export interface PackedFiles {
  readonly paths: string[];
  readonly ends: number[];
  readonly bytes: Uint8Array;
}

/** Bytes per packed buffer (a file larger than this gets a buffer of its own). */
export const PACK_BYTES = 32 * 1024 * 1024;

const byteLength = (contents: string | Uint8Array) => (typeof contents === 'string' ? Buffer.byteLength(contents) : contents.byteLength);

/**
 * Encodes files (UTF-8 for strings, exactly as `writeFile` would) into buffers of about `limit` bytes, so the
 * caller's strings can be dropped at once and the bytes handed to the writer thread without a copy.
 */
export function packFiles(files: readonly RenderedFile[], limit = PACK_BYTES): PackedFiles[] {
  const packs: PackedFiles[] = [];
  let start = 0;
  while (start < files.length) {
    const lengths: number[] = [];
    let size = 0;
    let end = start;
    do size += lengths[lengths.push(byteLength(files[end++]!.contents)) - 1]!;
    while (end < files.length && size < limit);
    const bytes = Buffer.allocUnsafeSlow(size);
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
    packs.push({ paths, ends, bytes });
    start = end;
  }
  return packs;
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
  return ({ paths, ends, bytes }) => {
    const hashes: string[] = [];
    let start = 0;
    for (let i = 0; i < paths.length; i++) {
      const contents = bytes.subarray(start, ends[i]);
      start = ends[i]!;
      const to = path.join(temp, paths[i]!);
      const dir = path.dirname(to);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        for (let d = dir; !dirs.has(d); d = path.dirname(d)) dirs.add(d);
      }
      const hash = manifest ? createHash('sha256').update(contents).digest('hex') : '';
      hashes.push(hash);
      if (!previous?.reuse(paths[i]!, contents.byteLength, hash, to)) writeFileSync(to, contents);
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
