import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import { Worker } from 'node:worker_threads';
import { relieveMemory } from './relieve-memory.js';
import type { BuildContext, Target } from './targets.js';

/** Rough relative cost of each target (measured at 10,000 terms), to balance them over threads. */
const WEIGHT: Readonly<Record<string, number>> = { books: 5, npm: 3, jsonld: 1, anki: 1 };

/** A target's files as they arrive, with how long it took to render them. */
export type TargetDone = (target: Target, files: RenderedFile[], ms: number) => Promise<void> | void;

/**
 * Splits targets into `lanes` groups of similar total weight (heaviest first, each into the lightest lane).
 * Lane 0 runs in this thread; the others in workers.
 */
export function planLanes(targets: readonly Target[], lanes: number): Target[][] {
  const plan: Target[][] = Array.from({ length: Math.max(1, lanes) }, () => []);
  const load = plan.map(() => 0);
  const weight = (t: Target) => WEIGHT[t.name] ?? 1;
  for (const target of [...targets].sort((a, b) => weight(b) - weight(a))) {
    const lane = load.indexOf(Math.min(...load));
    plan[lane]!.push(target);
    load[lane]! += weight(target);
  }
  // Within a lane, keep the registry's order (jsonld before npm, which reuses its files).
  const order = (t: Target) => targets.indexOf(t);
  return plan.filter((lane, i) => i === 0 || lane.length > 0).map((lane) => lane.sort((a, b) => order(a) - order(b)));
}

/**
 * How many threads rendering may use: GLOSSARY_RENDER_THREADS when set (at most one per target), else 1. One thread is the default because each worker holds its own copy of the glossary: at 10,000 terms two
 * threads cut the render time on an idle 2-core machine but add about 0.4 GB (1.46 -> 1.83 GB peak, over the
 * 1.5 GiB budget), and on a machine whose cores are busy anyway they are slower (BENCHMARKS.md).
 */
export function renderThreads(targets: number): number {
  const requested = Number(process.env.GLOSSARY_RENDER_THREADS);
  return Number.isInteger(requested) && requested > 1 ? Math.min(requested, targets) : 1;
}

/**
 * Renders targets, on several threads when {@link renderThreads} allows: the heaviest targets go to worker threads,
 * each with its own copy of the glossary (renderers are pure, so where they run changes nothing in their output),
 * while this thread renders the rest. `done` is called for each target as soon as its files are ready, so they can be written
 * and dropped. Resolves when every target is done; rejects on the first failure.
 */
export async function renderTargets(glossary: Glossary, context: BuildContext, targets: readonly Target[], done: TargetDone): Promise<void> {
  const [here = [], ...elsewhere] = planLanes(targets, renderThreads(targets.length));
  const lanes = [
    (async () => {
      for (const target of here) {
        const t0 = performance.now();
        const files = await target.render(glossary, context);
        await done(target, files, performance.now() - t0);
        relieveMemory(); // this target's garbage, before the next one adds its own
      }
    })(),
    ...elsewhere.map((lane) => inWorker(glossary, context, lane, done)),
  ];
  await Promise.all(lanes);
}

interface WorkerResult {
  readonly name: string;
  readonly files: RenderedFile[];
  readonly ms: number;
}

function inWorker(glossary: Glossary, context: BuildContext, lane: readonly Target[], done: TargetDone): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./render-worker.js', import.meta.url), { workerData: { glossary, context, names: lane.map((t) => t.name) } });
    let received = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      void worker.terminate();
      reject(error);
    };
    // Results are handed on one at a time, in the order they arrive.
    let chain = Promise.resolve();
    worker.on('message', (result: WorkerResult) => {
      const target = lane.find((t) => t.name === result.name)!;
      const last = ++received === lane.length;
      chain = chain.then(() => done(target, result.files, result.ms)).then(() => {
        if (last) resolve();
      }, fail);
    });
    worker.once('error', fail);
    // The worker ends by itself once it has posted every result; ending earlier means it failed.
    worker.once('exit', (code) => {
      if (received < lane.length) fail(new Error(`render worker for ${lane.map((t) => t.name).join(', ')} exited with code ${code}`));
    });
  });
}
