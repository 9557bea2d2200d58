// Worker entry: parses each batch of term files it is sent and posts the results back in order, in their stored
// form (heavy fields as JSON text), so the receiving thread neither rebuilds trees nor serializes them again.
import { parentPort } from 'node:worker_threads';
import { parseTerm } from './parse-term.js';
import { toStored } from './stored-result.js';

parentPort?.on('message', (files: { file: string; bytes: Uint8Array }[]) => {
  parentPort!.postMessage(files.map((f) => toStored(parseTerm(f.file, f.bytes))));
});
