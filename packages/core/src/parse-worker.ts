// Worker entry: parses each batch of term files it is sent and posts the results back in order.
import { parentPort } from 'node:worker_threads';
import { parseTerm } from './parse-term.js';

parentPort?.on('message', (files: { file: string; bytes: Uint8Array }[]) => {
  parentPort!.postMessage(files.map((f) => parseTerm(f.file, f.bytes)));
});
