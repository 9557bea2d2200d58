import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileWriter, packFiles } from './write-output-files.js';

const files = [
  { path: 'a.txt', contents: 'plain' },
  { path: 'b/ü.md', contents: 'ÿ € 😀 and a lone surrogate \ud800' },
  { path: 'c.bin', contents: new Uint8Array([0, 255, 7]) },
  { path: 'empty', contents: '' },
];

describe('packFiles', () => {
  it('encodes each file exactly as writeFile would (UTF-8, lone surrogates as U+FFFD) and keeps the order', () => {
    const [pack, ...rest] = packFiles(files);
    expect(rest).toEqual([]);
    expect(pack!.paths).toEqual(files.map((f) => f.path));
    let start = 0;
    pack!.ends.forEach((end, i) => {
      expect(Buffer.from(pack!.bytes.subarray(start, end))).toEqual(Buffer.from(files[i]!.contents));
      start = end;
    });
    expect(pack!.bytes.byteLength).toBe(start);
    expect(pack!.bytes.buffer.byteLength).toBe(start); // a buffer of its own, safe to transfer
  });

  it('splits into buffers of about the limit, a large file alone', () => {
    const packs = packFiles([{ path: 'a', contents: 'aa' }, { path: 'b', contents: 'b'.repeat(10) }, { path: 'c', contents: 'c' }, { path: 'd', contents: 'd' }], 4);
    expect(packs.map((p) => p.paths)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(packFiles([])).toEqual([]);
  });
});

describe('fileWriter', () => {
  it('writes packed files, creating folders, and returns their SHA-256', async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'ag-files-'));
    const write = fileWriter({ temp, manifest: true });
    const hashes = packFiles(files, 8).flatMap(write);
    expect(hashes).toEqual(files.map((f) => createHash('sha256').update(f.contents).digest('hex')));
    expect(await readFile(path.join(temp, 'b/ü.md'), 'utf8')).toBe(String(Buffer.from(files[1]!.contents)));
    expect([...(await readFile(path.join(temp, 'c.bin')))]).toEqual([0, 255, 7]);
  });
});
