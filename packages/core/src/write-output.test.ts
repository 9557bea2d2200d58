import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSafeRelativePath, sha256sums, writeOutputAtomic } from './write-output.js';

describe('writeOutputAtomic', () => {
  it('replaces the folder as a whole and writes a SHA256SUMS manifest', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-write-'));
    const out = path.join(root, 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'stale.txt'), 'old');
    await writeOutputAtomic(out, [{ path: 'a/b.txt', contents: 'hello' }, { path: 'c.bin', contents: new Uint8Array([1, 2]) }]);
    expect((await readdir(out)).sort()).toEqual(['SHA256SUMS', 'a', 'c.bin']);
    expect(await readFile(path.join(out, 'SHA256SUMS'), 'utf8')).toBe(
      '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824  a/b.txt\na12871fee210fb8619291eaea194581cbd2531e4b23759d225f6806923f63222  c.bin\n',
    );
    expect(await readdir(root)).toEqual(['out']);
  });

  it('leaves the previous output untouched when a file cannot be written', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-write-'));
    const out = path.join(root, 'out');
    await writeOutputAtomic(out, [{ path: 'keep.txt', contents: 'v1' }]);
    await expect(writeOutputAtomic(out, [{ path: 'x.txt', contents: 'v2' }, { path: '../escape.txt', contents: 'no' }])).rejects.toThrow(/unsafe output path/);
    expect(await readFile(path.join(out, 'keep.txt'), 'utf8')).toBe('v1');
    expect(await readdir(root)).toEqual(['out']);
  });

  it('rejects two files with the same path', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-write-'));
    await expect(writeOutputAtomic(path.join(root, 'o'), [{ path: 'a', contents: '1' }, { path: 'a', contents: '2' }])).rejects.toThrow(/same file/);
  });
});

describe('assertSafeRelativePath', () => {
  it.each(['/abs', '../up', 'a/../b', 'a//b', 'a\\b', '', './a'])('rejects %j', (p) => {
    expect(() => assertSafeRelativePath(p)).toThrow();
  });
  it('accepts nested relative paths', () => {
    expect(() => assertSafeRelativePath('books/full/src/SUMMARY.md')).not.toThrow();
  });
  it('sorts the manifest by path', () => {
    expect(sha256sums([{ path: 'b', contents: '' }, { path: 'a', contents: '' }]).split('\n').map((l) => l.slice(66))).toEqual(['a', 'b', '']);
  });
});
