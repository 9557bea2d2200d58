// Worker entry (see render-targets.ts): renders the named targets from its copy of the glossary and posts each
// target's files back as soon as they are ready.
import { deepFreeze, type Glossary } from '@alignment-glossary/core';
import { parentPort, workerData } from 'node:worker_threads';
import { targets, type BuildContext } from './targets.js';

const { glossary, context, names } = workerData as { glossary: Glossary; context: BuildContext; names: string[] };
// Structured cloning drops the freeze; renderers get the same deeply frozen glossary as in the main thread.
deepFreeze(glossary);
for (const name of names) {
  const target = targets.find((t) => t.name === name);
  if (!target) throw new Error(`unknown target "${name}"`);
  const t0 = performance.now();
  const files = await target.render(glossary, context);
  parentPort!.postMessage({ name, files, ms: performance.now() - t0 });
}
