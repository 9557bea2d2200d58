import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TermParser } from './load.js';
import { parseTerm, type ParseTermResult } from './parse-term.js';
import { fromStored, type StoredResult } from './stored-result.js';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

/** Files handed to a worker at a time: small enough to balance the load and stream results back as they come. */
const BATCH = 64;
/**
 * Young-generation size of each worker (MB). Parsing allocates a great deal of short-lived garbage (micromark events,
 * YAML tokens) and V8's default young generation is small. At 10,000 terms, 64 MB measured 26–28 s of CPU against
 * 31–33 s with the default on a loaded machine; on a quiet one the gain is within the noise (25.2–25.8 s vs 25.1–27.0 s).
 */
const YOUNG_GENERATION_MB = 64;

type TermFile = { file: string; bytes: Uint8Array };

/**
 * A term parser that uses every core when there are many files: one worker thread per core takes batches of files
 * as they become free, and sends each batch's results back at once as JSON text (stored-result.ts), so this thread
 * neither parses (its heap holds the whole glossary, which made its garbage collection slow) nor builds trees
 * nobody has read yet, and the parse cache writes the text as it came. Few files are parsed in this thread alone.
 * Results come back in input order.
 */
export function parallelTermParser(options: { threads?: number; threshold?: number } = {}): TermParser {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const threshold = options.threshold ?? PARALLEL_THRESHOLD;
  return async (files) => {
    if (files.length < threshold || threads < 2) return files.map((f) => parseTerm(f.file, f.bytes));
    const results: ParseTermResult[] = new Array(files.length);
    let next = 0;
    const work = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        let start = 0;
        const send = () => {
          if (next >= files.length) {
            resolve();
            return;
          }
          start = next;
          next = Math.min(files.length, next + BATCH);
          worker.postMessage(files.slice(start, next));
        };
        worker.on('message', (batch: StoredResult[]) => {
          for (let i = 0; i < batch.length; i++) results[start + i] = fromStored(batch[i]!);
          send();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`term parser worker exited with code ${code}`)));
        send();
      });
    const workers = Array.from(
      { length: Math.min(threads, Math.ceil(files.length / BATCH)) },
      () => new Worker(new URL('./parse-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
    );
    try {
      await Promise.all(workers.map(work));
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
  };
}
