import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutput, sha256sums, writeOutputAtomic } from './write-output.js';

const files = [
  { path: 'b/x.txt', contents: 'x' },
  { path: 'a.bin', contents: new Uint8Array([0, 1, 2]) },
  { path: 'b/y.txt', contents: 'ÿ' },
];

describe('openOutput', () => {
  it('writes batches as they come and commits the same folder and SHA256SUMS as one writeOutputAtomic call', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-stream-'));
    const output = await openOutput(path.join(root, 'streamed'));
    await output.write([files[0]!]);
    expect(await readdir(root)).not.toContain('streamed'); // nothing is visible before the commit
    await output.write(files.slice(1));
    await output.commit();
    await writeOutputAtomic(path.join(root, 'whole'), files);
    const sums = await readFile(path.join(root, 'streamed/SHA256SUMS'), 'utf8');
    expect(sums).toBe(sha256sums(files));
    expect(sums).toBe(await readFile(path.join(root, 'whole/SHA256SUMS'), 'utf8'));
    expect(await readFile(path.join(root, 'streamed/b/y.txt'), 'utf8')).toBe('ÿ');
    expect((await readdir(root)).sort()).toEqual(['streamed', 'whole']);
  });

  it('rejects a path already written in an earlier batch, and then leaves the previous output alone', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-stream-'));
    const out = path.join(root, 'out');
    await writeOutputAtomic(out, [{ path: 'keep.txt', contents: 'v1' }]);
    const output = await openOutput(out);
    await output.write([{ path: 'a.txt', contents: '1' }]);
    await expect(output.write([{ path: 'a.txt', contents: '2' }])).rejects.toThrow(/same file "a.txt"/);
    await expect(output.commit()).rejects.toThrow(/already committed or aborted/);
    expect(await readFile(path.join(out, 'keep.txt'), 'utf8')).toBe('v1');
    expect(await readdir(root)).toEqual(['out']);
  });

  it('abort removes everything written so far', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-stream-'));
    const output = await openOutput(path.join(root, 'out'), { manifest: false });
    await output.write(files);
    await output.abort();
    expect(await readdir(root)).toEqual([]);
  });

  it('hard-links unchanged files from the previous output, and writes changed or hand-edited ones', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-stream-'));
    const out = path.join(root, 'out');
    await writeOutputAtomic(out, [{ path: 'same.txt', contents: 'same' }, { path: 'changed.txt', contents: 'v1' }, { path: 'edited.txt', contents: 'e' }]);
    const before = async (name: string) => (await stat(path.join(out, name))).ino;
    const same = await before('same.txt');
    const changed = await before('changed.txt');
    // Someone edits a file of the output by hand (same size, later than the manifest): it must not be reused.
    await writeFile(path.join(out, 'edited.txt'), 'X');
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(out, 'edited.txt'), later, later);
    const edited = await before('edited.txt');
    await writeOutputAtomic(out, [{ path: 'same.txt', contents: 'same' }, { path: 'changed.txt', contents: 'v2' }, { path: 'edited.txt', contents: 'e' }]);
    expect((await stat(path.join(out, 'same.txt'))).ino).toBe(same);
    expect((await stat(path.join(out, 'changed.txt'))).ino).not.toBe(changed);
    expect((await stat(path.join(out, 'edited.txt'))).ino).not.toBe(edited);
    expect(await readFile(path.join(out, 'edited.txt'), 'utf8')).toBe('e');
    expect(await readFile(path.join(out, 'changed.txt'), 'utf8')).toBe('v2');
    expect(await readdir(root)).toEqual(['out']);
  });
});
