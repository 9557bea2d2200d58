// Worker entry of the output writer (see openOutput in write-output.ts): writes each batch of packed files it
// receives, in order, and answers with their hashes or with the error that stopped it; after the commit, it also
// removes the replaced output.
import { parentPort, workerData } from 'node:worker_threads';
import { fileWriter, removeTree, type FileWriterOptions, type PackedFiles } from './write-output-files.js';

// Reads the previous output's manifest now, while the first target renders.
const write = fileWriter(workerData as FileWriterOptions);
let failed = false;
parentPort!.on('message', (message: PackedFiles | { remove: string }) => {
  if (failed) return; // the first error aborts the whole output: write nothing more
  try {
    if ('remove' in message) {
      removeTree(message.remove);
      parentPort!.postMessage({ hashes: [] });
    } else parentPort!.postMessage({ hashes: write(message) });
  } catch (error) {
    failed = true;
    const { message, code } = error as NodeJS.ErrnoException;
    parentPort!.postMessage({ error: { message: String(message ?? error), code } });
  }
});
