// Worker entry of the output writer (see openOutput in write-output.ts): writes each batch of packed files it
// receives, in order, and answers with their hashes or with the error that stopped it.
import { parentPort, workerData } from 'node:worker_threads';
import { fileWriter, type FileWriterOptions, type PackedFiles } from './write-output-files.js';

// Reads the previous output's manifest now, while the first target renders.
const write = fileWriter(workerData as FileWriterOptions);
let failed = false;
parentPort!.on('message', (pack: PackedFiles) => {
  if (failed) return; // the first error aborts the whole output: write nothing more
  try {
    parentPort!.postMessage({ hashes: write(pack) });
  } catch (error) {
    failed = true;
    const { message, code } = error as NodeJS.ErrnoException;
    parentPort!.postMessage({ error: { message: String(message ?? error), code } });
  }
});
