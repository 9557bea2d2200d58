import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Above this much live-or-dead heap, a finished target's garbage is collected before the next one renders. */
export const HEAP_THRESHOLD = 512 * 2 ** 20;

let collect: (() => void) | undefined | null = null;

/**
 * Asks V8 for a full garbage collection when the heap is large. Between two targets, most of the heap is the
 * finished target's garbage (its trees and strings, already handed to the writer); V8 collects it only when the
 * heap has grown well past that, so at 10,000 terms the dead output of books and JSON-LD piled up to 1.6 GB of
 * RSS before anything was freed. A collection here costs a few hundred milliseconds at that size and keeps the
 * peak near the live set. Uses the `gc` function that `--expose-gc` provides (enabled at run time; if that fails,
 * this does nothing).
 */
export function relieveMemory(threshold = HEAP_THRESHOLD): boolean {
  if (process.memoryUsage().heapUsed < threshold) return false;
  if (collect === null) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = undefined;
    }
  }
  collect?.();
  return collect !== undefined;
}
