// Worker entry: parses the term files it is given and posts the results back in order.
import { parentPort, workerData } from 'node:worker_threads';
import { parseTerm } from './parse-term.js';

const files = workerData as { file: string; bytes: Uint8Array }[];
parentPort?.postMessage(files.map((f) => parseTerm(f.file, f.bytes)));
