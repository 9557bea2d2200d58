import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as sources from './write-output.js';
import { sha256sums } from './write-output.js';

const files = [
  { path: 'b/x.txt', contents: 'x' },
  { path: 'a.bin', contents: new Uint8Array([0, 1, 2]) },
  { path: 'b/y.txt', contents: 'ÿ' },
];

// The built package writes in a worker thread; the sources (what vitest runs) write in this thread: test both.
// Turbo builds the package before testing.
const built = (await import('../dist/write-output.js')) as typeof sources;

describe.each([
  ['in this thread (sources)', sources],
  ['in the writer thread (built)', built],
])('openOutput %s', (_, { openOutput, writeOutputAtomic }) => {
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

describe.each([
  ['in this thread (sources)', sources],
  ['in the writer thread (built)', built],
])('openOutput %s, pipelined', (_, { openOutput, writeOutputAtomic }) => {
  it('takes the next batch while the previous one is still being written, and commit waits for both', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-stream-'));
    const many = Array.from({ length: 500 }, (_, i) => ({ path: `d${i % 7}/f${i}.txt`, contents: `file ${i} ✓\n`.repeat(i % 13) }));
    const output = await openOutput(path.join(root, 'out'));
    const first = output.write(many.slice(0, 250));
    const second = output.write(many.slice(250)); // not waiting for the first
    await output.commit();
    await Promise.all([first, second]);
    expect(await readFile(path.join(root, 'out/SHA256SUMS'), 'utf8')).toBe(sha256sums(many));
    for (const f of [many[0]!, many[251]!, many[499]!]) expect(await readFile(path.join(root, 'out', f.path), 'utf8')).toBe(f.contents);
  });

  it('removes everything when a file cannot be created (a file where a folder must go), and keeps the previous output', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-stream-'));
    const out = path.join(root, 'out');
    await writeOutputAtomic(out, [{ path: 'keep.txt', contents: 'v1' }]);
    const output = await openOutput(out);
    const ok = output.write([{ path: 'a', contents: 'a file' }]);
    const broken = output.write([{ path: 'a/b.txt', contents: 'needs a folder "a"' }]);
    await ok;
    await expect(broken).rejects.toThrow(/ENOTDIR|EEXIST/);
    await expect(output.write([{ path: 'c.txt', contents: 'c' }])).rejects.toThrow(/already committed or aborted/);
    await expect(output.commit()).rejects.toThrow(/already committed or aborted/);
    expect(await readFile(path.join(out, 'keep.txt'), 'utf8')).toBe('v1');
    expect(await readdir(root)).toEqual(['out']);
  });

  it('abort while a batch is being written stops the writer before removing the temp folder', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-stream-'));
    const output = await openOutput(path.join(root, 'out'));
    const pending = output.write(Array.from({ length: 2000 }, (_, i) => ({ path: `x/${i}.txt`, contents: 'x'.repeat(100) })));
    pending.catch(() => undefined);
    await output.abort();
    await pending.catch(() => undefined);
    expect(await readdir(root)).toEqual([]);
  });
});
