import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TermParser } from './load.js';
import type { ParseTermResult } from './parse-term.js';

interface CacheFile {
  readonly key: string;
  readonly entries: Record<string, ParseTermResult>;
}

let codeKey: Promise<string> | undefined;

/**
 * A fingerprint of the parser's own code (every compiled file of this package), so a changed schema or parser
 * never serves stale results from the cache.
 */
function parserFingerprint(): Promise<string> {
  codeKey ??= (async () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256').update(`node ${process.versions.node}\n`);
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.js')).sort()) {
      hash.update(name).update(await readFile(path.join(dir, name)));
    }
    return hash.digest('hex');
  })();
  return codeKey;
}

/**
 * Wraps a term parser with a per-file cache keyed by the file's path and the SHA-256 of its bytes (like ESLint's
 * `--cache`). Unchanged files are not parsed again; the cache file is rewritten only when something changed, and
 * atomically. A missing, corrupt or foreign cache is ignored.
 */
export function cachedTermParser(cacheFile: string, inner: TermParser): TermParser {
  return async (files) => {
    const key = await parserFingerprint();
    let entries: Record<string, ParseTermResult> = Object.create(null);
    try {
      const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFile;
      if (cached.key === key && cached.entries && typeof cached.entries === 'object') entries = Object.assign(Object.create(null), cached.entries);
    } catch {
      // no cache yet, or unreadable: start empty
    }
    const keys = files.map((f) => `${f.file}\u0000${createHash('sha256').update(f.bytes).digest('hex')}`);
    const missing = files.filter((_, i) => !(keys[i]! in entries));
    const fresh = missing.length ? await inner(missing) : [];
    const next: Record<string, ParseTermResult> = Object.create(null);
    let m = 0;
    const results = files.map((_, i) => {
      const k = keys[i]!;
      const result = k in entries ? entries[k]! : fresh[m++]!;
      next[k] = result;
      return result;
    });
    const dropped = Object.keys(entries).length !== Object.keys(next).length;
    if (missing.length > 0 || dropped) {
      try {
        await mkdir(path.dirname(cacheFile), { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify({ key, entries: next } satisfies CacheFile));
        await rename(temp, cacheFile);
      } catch {
        // a cache that cannot be written only costs speed
      }
    }
    return results;
  };
}
