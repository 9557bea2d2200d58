import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineLazy } from './glossary.js';
import type { TermParser } from './load.js';
import type { ParsedTerm, ParseTermResult } from './parse-term.js';

/**
 * A cached result as stored: the term's explanation tree and position map are JSON text inside the JSON, so reading
 * the cache does not build them (JSON.parse copies a string far faster than it builds objects); they are parsed on
 * first read, which validation never does for explanations and does for positions only to report a problem.
 */
interface StoredResult {
  readonly diagnostics: ParseTermResult['diagnostics'];
  readonly term?: Omit<ParsedTerm, 'explanation' | 'positions'> & { readonly explanation: string; readonly positions: string };
}

interface CacheFile {
  readonly key: string;
  readonly entries: Record<string, StoredResult>;
}

const LAZY_FIELDS = ['explanation', 'positions'] as const;

function toStored(result: ParseTermResult): StoredResult {
  if (!result.term) return result as StoredResult;
  const term: Record<string, unknown> = { ...result.term };
  for (const field of LAZY_FIELDS) term[field] = JSON.stringify(result.term[field]);
  return { ...result, term: term as StoredResult['term'] };
}

function fromStored(stored: StoredResult): ParseTermResult {
  if (!stored.term) return stored as ParseTermResult;
  const term: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(stored.term)) {
    if (field === '__proto__') continue; // never in a real entry; assigning it would replace the prototype
    if ((LAZY_FIELDS as readonly string[]).includes(field)) defineLazy(term, field, () => JSON.parse(value as string));
    else term[field] = value;
  }
  return { ...stored, term: term as unknown as ParsedTerm };
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
 * `--cache`). Unchanged files are not parsed again, and their explanation trees are only built when read (see
 * StoredResult); the cache file is rewritten only when something changed, and atomically. A missing, corrupt or
 * foreign cache is ignored.
 */
export function cachedTermParser(cacheFile: string, inner: TermParser): TermParser {
  return async (files) => {
    const key = await parserFingerprint();
    let entries: Record<string, StoredResult> = Object.create(null);
    try {
      const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFile;
      if (cached.key === key && cached.entries && typeof cached.entries === 'object') entries = Object.assign(Object.create(null), cached.entries);
    } catch {
      // no cache yet, or unreadable: start empty
    }
    const keys = files.map((f) => `${f.file}\u0000${createHash('sha256').update(f.bytes).digest('hex')}`);
    const missing = files.filter((_, i) => !(keys[i]! in entries));
    const fresh = missing.length ? await inner(missing) : [];
    const next: Record<string, StoredResult> = Object.create(null);
    let m = 0;
    const results = files.map((_, i) => {
      const k = keys[i]!;
      if (k in entries) {
        next[k] = entries[k]!;
        return fromStored(entries[k]!);
      }
      const result = fresh[m++]!;
      next[k] = toStored(result);
      return result;
    });
    const dropped = Object.keys(entries).length !== Object.keys(next).length;
    if (missing.length > 0 || dropped) {
      try {
        await mkdir(path.dirname(cacheFile), { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        await writeCacheFile(temp, key, next);
        await rename(temp, cacheFile);
      } catch {
        // a cache that cannot be written only costs speed
      }
    }
    return results;
  };
}

/**
 * Writes `{"key":…,"entries":{…}}` a few hundred entries at a time: one JSON.stringify of the whole cache is a
 * single string of over 100 MB at 10,000 terms, on top of the entries it is made from.
 */
async function writeCacheFile(file: string, key: string, entries: Record<string, StoredResult>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let chunk = `{"key":${JSON.stringify(key)},"entries":{`;
    let first = true;
    for (const k of Object.keys(entries)) {
      chunk += `${first ? '' : ','}${JSON.stringify(k)}:${JSON.stringify(entries[k])}`;
      first = false;
      if (chunk.length > 1 << 20) {
        await handle.write(chunk);
        chunk = '';
      }
    }
    await handle.write(`${chunk}}}`);
  } finally {
    await handle.close();
  }
}
