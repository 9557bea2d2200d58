import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TermParser } from './load.js';
import { parseTerm, type ParseTermResult } from './parse-term.js';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

/** Files handed to a worker at a time: small enough to balance the load and stream results back as they come. */
const BATCH = 64;
/** Files this thread parses between two looks at the workers' messages (a worker waits while this thread parses). */
const HERE_BATCH = 8;

type TermFile = { file: string; bytes: Uint8Array };

/**
 * A term parser that uses every core when there are many files: this thread and one worker thread per other core
 * take batches of files as they become free (each worker costs a start-up and a compiler warm-up, so this thread,
 * otherwise idle, parses too), and workers send each batch's results back at once, so none holds thousands of
 * parsed trees (which made garbage collection grow with the glossary). Few files are parsed in this thread alone.
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
        worker.on('message', (batch: ParseTermResult[]) => {
          for (let i = 0; i < batch.length; i++) results[start + i] = batch[i]!;
          send();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`term parser worker exited with code ${code}`)));
        send();
      });
    const here = async () => {
      while (next < files.length) {
        const start = next;
        next = Math.min(files.length, next + HERE_BATCH);
        for (let i = start; i < next; i++) results[i] = parseTerm(files[i]!.file, files[i]!.bytes);
        await new Promise((resolve) => setImmediate(resolve)); // let workers' results in and send them more
      }
    };
    const workers = Array.from({ length: Math.min(threads - 1, Math.ceil(files.length / BATCH)) }, () => new Worker(new URL('./parse-worker.js', import.meta.url)));
    try {
      await Promise.all([...workers.map(work), here()]);
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
  };
}
