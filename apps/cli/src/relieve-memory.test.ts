import { describe, expect, it } from 'vitest';
import { relieveMemory } from './relieve-memory.js';

describe('relieveMemory', () => {
  it('does nothing while the heap is under the threshold', () => {
    expect(relieveMemory(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('collects garbage once the heap is over it', () => {
    let garbage: string[] | undefined = Array.from({ length: 300_000 }, (_, i) => `garbage ${i} `.repeat(16));
    const before = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(300_000);
    garbage = undefined;
    expect(relieveMemory(0)).toBe(true);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 30 * 2 ** 20);
  });
});
