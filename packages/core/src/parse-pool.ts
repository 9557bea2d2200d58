import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TermParser } from './load.js';
import { parseTerm, type ParseTermResult } from './parse-term.js';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

/**
 * A term parser that spreads files over worker threads (one per core) when there are many, and parses in this
 * thread when there are few. Results come back in input order.
 */
export function parallelTermParser(options: { threads?: number; threshold?: number } = {}): TermParser {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const threshold = options.threshold ?? PARALLEL_THRESHOLD;
  return async (files) => {
    if (files.length < threshold || threads < 2) return files.map((f) => parseTerm(f.file, f.bytes));
    const chunks: { file: string; bytes: Uint8Array }[][] = Array.from({ length: threads }, () => []);
    // Contiguous chunks keep the results easy to reassemble in order.
    const size = Math.ceil(files.length / threads);
    files.forEach((f, i) => chunks[Math.floor(i / size)]!.push(f));
    const results = await Promise.all(chunks.filter((c) => c.length).map((chunk) => runWorker(chunk)));
    return results.flat();
  };
}

function runWorker(files: readonly { file: string; bytes: Uint8Array }[]): Promise<ParseTermResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: files });
    let done = false;
    worker.once('message', (results: ParseTermResult[]) => {
      done = true;
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`term parser worker exited with code ${code}`));
    });
  });
}
