import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileWriter, packFiles, type PackedFiles } from './write-output-files.js';
import type { RenderedFile } from './write-output.js';

const files = [
  { path: 'a.txt', contents: 'plain' },
  { path: 'b/ü.md', contents: 'ÿ € 😀 and a lone surrogate \ud800' },
  { path: 'c.bin', contents: new Uint8Array([0, 255, 7]) },
  { path: 'd/e/empty', contents: '' },
];

const pack = (files: readonly RenderedFile[], limit?: number) => {
  const packs: PackedFiles[] = [];
  packFiles(files, (p) => packs.push(p), limit);
  return packs;
};

describe('packFiles', () => {
  it('encodes each file exactly as writeFile would (UTF-8, lone surrogates as U+FFFD), in order', () => {
    const [packed, ...rest] = pack(files);
    expect(rest).toEqual([]);
    expect(packed!.paths).toEqual(files.map((f) => f.path));
    let start = 0;
    packed!.ends.forEach((end, i) => {
      expect(Buffer.from(packed!.bytes.subarray(start, end))).toEqual(Buffer.from(files[i]!.contents));
      start = end;
    });
  });

  it('fills buffers up to the limit, a larger file alone in a buffer of its size, each buffer its own', () => {
    const packs = pack([{ path: 'a', contents: 'aa' }, { path: 'b', contents: 'bb' }, { path: 'c', contents: 'c'.repeat(10) }, { path: 'd', contents: new Uint8Array(1) }, { path: 'e', contents: 'e' }], 4);
    expect(packs.map((p) => p.paths)).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(packs.map((p) => p.ends)).toEqual([[2, 4], [10], [1, 2]]);
    expect(packs.map((p) => [p.bytes.byteOffset, p.bytes.byteLength, p.bytes.buffer.byteLength])).toEqual([[0, 4, 4], [0, 10, 10], [0, 2, 2]]);
    expect(pack([])).toEqual([]);
  });
});

describe('fileWriter', () => {
  it('writes packed files, creating folders, exactly as writeFile would (UTF-8, lone surrogates as U+FFFD), and returns each SHA-256', async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'ag-files-'));
    const write = fileWriter({ temp, manifest: true });
    const hashes = pack(files, 8).flatMap(write);
    expect(hashes).toEqual(files.map((f) => createHash('sha256').update(f.contents).digest('hex')));
    for (const f of files) expect(await readFile(path.join(temp, f.path))).toEqual(Buffer.from(f.contents));
    expect(await readFile(path.join(temp, 'b/ü.md'), 'utf8')).toBe('ÿ € 😀 and a lone surrogate \ufffd');
  });

  it('hashes nothing without a manifest', async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'ag-files-'));
    expect(fileWriter({ temp, manifest: false })(pack(files)[0]!)).toEqual(['', '', '', '']);
  });
});
