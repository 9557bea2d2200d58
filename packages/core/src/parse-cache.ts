import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TermParser } from './load.js';
import type { ParseTermResult } from './parse-term.js';
import { fromStored, toStored, type HeavyText, type StoredResult } from './stored-result.js';

/**
 * The cache file: one line of JSON (the header), then a blob of UTF-8 text.
 *
 *     {"format":2,"key":"<parser fingerprint>","entries":{"<file>\0<sha256>":{"diagnostics":[…],"term":{…},"heavy":[[start,end],…]}}}\n
 *     <blob>
 *
 * The header holds what validation needs (front matter, diagnostics, term links); each term's heavy fields
 * (explanation tree JSON, position map JSON, plain text) are byte ranges of the blob, decoded only when something
 * reads them. So a warm run parses a few MB of JSON instead of scanning the ~100 MB of trees, and a rewrite copies
 * unchanged ranges from the old file's buffer without serializing anything again.
 */
const FORMAT = 2;

interface HeaderEntry {
  readonly diagnostics: StoredResult['diagnostics'];
  readonly term?: StoredResult['term'];
  readonly heavy?: readonly (readonly [number, number])[];
}

/** One entry as it will be written: its header part and its heavy fields as bytes. */
interface PendingEntry {
  readonly diagnostics: StoredResult['diagnostics'];
  readonly term?: StoredResult['term'];
  readonly heavy?: readonly Uint8Array[];
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

/** Reads a cache file; a missing, corrupt, foreign or out-of-date one gives no entries. */
function readCache(cacheFile: string, key: string): Map<string, PendingEntry> {
  const entries = new Map<string, PendingEntry>();
  let buffer: Buffer;
  try {
    buffer = readFileSync(cacheFile);
  } catch {
    return entries;
  }
  const newline = buffer.indexOf(10);
  if (newline === -1) return entries;
  let header: { format?: unknown; key?: unknown; entries?: unknown };
  try {
    header = JSON.parse(buffer.toString('utf8', 0, newline)) as typeof header;
  } catch {
    return entries;
  }
  if (header?.format !== FORMAT || header.key !== key || !header.entries || typeof header.entries !== 'object') return entries;
  const blob = buffer.subarray(newline + 1);
  const inBlob = (r: unknown): r is [number, number] =>
    Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]) && 0 <= r[0] && r[0] <= r[1] && r[1] <= blob.length;
  for (const [k, value] of Object.entries(header.entries as Record<string, HeaderEntry>)) {
    if (!value || typeof value !== 'object' || !Array.isArray(value.diagnostics)) continue;
    if (value.term !== undefined && !(Array.isArray(value.heavy) && value.heavy.length === 3 && value.heavy.every(inBlob))) continue;
    // Positions are read only to report a problem, so usually never: a copy of their few hundred bytes, rather than
    // a view, lets the whole file's buffer go once the explanations and texts have been read.
    const slices = value.term ? value.heavy!.map(([start, end], i) => (i === 1 ? Buffer.from(blob.subarray(start, end)) : blob.subarray(start, end))) : undefined;
    entries.set(k, { diagnostics: value.diagnostics, term: value.term, heavy: slices });
  }
  return entries;
}

/** A cached entry as a parse result whose heavy fields are decoded from their bytes on first read. */
function resultOf(entry: PendingEntry): ParseTermResult {
  if (!entry.term || !entry.heavy) return { diagnostics: entry.diagnostics };
  const heavy = entry.heavy.map((bytes): HeavyText => () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  return fromStored({ diagnostics: entry.diagnostics, term: entry.term, heavy: heavy as [HeavyText, HeavyText, HeavyText] });
}

/** Turns a fresh result into an entry to write: its heavy fields as UTF-8 bytes. */
function pendingOf(result: ParseTermResult): PendingEntry {
  const stored = toStored(result);
  if (!stored.term || !stored.heavy) return { diagnostics: stored.diagnostics };
  return { diagnostics: stored.diagnostics, term: stored.term, heavy: stored.heavy.map((text) => Buffer.from(typeof text === 'string' ? text : text(), 'utf8')) };
}

/**
 * Wraps a term parser with a per-file cache keyed by the file's path and the SHA-256 of its bytes (like ESLint's
 * `--cache`). Unchanged files are not parsed again, and their heavy fields (explanation trees above all) are only
 * decoded when read; the cache file is rewritten only when something changed, and atomically (temp file + rename).
 * A missing, corrupt or foreign cache is ignored.
 */
export function cachedTermParser(cacheFile: string, inner: TermParser): TermParser {
  return async (files) => {
    const key = await parserFingerprint();
    const entries = readCache(cacheFile, key);
    const keys = files.map((f) => `${f.file}\u0000${createHash('sha256').update(f.bytes).digest('hex')}`);
    const missing = files.filter((_, i) => !entries.has(keys[i]!));
    const fresh = missing.length ? await inner(missing) : [];
    const next = new Map<string, PendingEntry>();
    let m = 0;
    const results = files.map((_, i) => {
      const k = keys[i]!;
      const cached = entries.get(k);
      if (cached) {
        next.set(k, cached);
        return resultOf(cached);
      }
      const result = fresh[m++]!;
      next.set(k, pendingOf(result));
      return result;
    });
    if (missing.length > 0 || entries.size !== next.size) {
      try {
        await mkdir(path.dirname(cacheFile), { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        try {
          await writeCacheFile(temp, key, next);
          await rename(temp, cacheFile);
        } catch (error) {
          await rm(temp, { force: true });
          throw error;
        }
      } catch {
        // a cache that cannot be written only costs speed
      }
    }
    return results;
  };
}

/** Writes the header line, then every entry's heavy bytes in order, a batch of buffers at a time. */
async function writeCacheFile(file: string, key: string, entries: ReadonlyMap<string, PendingEntry>): Promise<void> {
  const header: Record<string, HeaderEntry> = Object.create(null);
  const blob: Uint8Array[] = [];
  let offset = 0;
  for (const [k, entry] of entries) {
    const ranges = entry.heavy?.map((bytes): [number, number] => {
      blob.push(bytes);
      offset += bytes.byteLength;
      return [offset - bytes.byteLength, offset];
    });
    header[k] = { diagnostics: entry.diagnostics, ...(entry.term ? { term: entry.term, heavy: ranges } : {}) };
  }
  const handle = await open(file, 'w');
  try {
    await handle.write(`${JSON.stringify({ format: FORMAT, key, entries: header })}\n`);
    for (let i = 0; i < blob.length; i += 512) {
      const batch = blob.slice(i, i + 512);
      const { bytesWritten } = await handle.writev(batch);
      if (bytesWritten !== batch.reduce((n, b) => n + b.byteLength, 0)) throw new Error(`short write to ${file}`);
    }
  } finally {
    await handle.close();
  }
}
