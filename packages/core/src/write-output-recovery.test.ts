import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutputAtomic } from './write-output.js';

/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

async function folder(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

describe('writeOutputAtomic after a build that died', () => {
  it('puts back the previous output parked by a swap cut short between its two renames', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-recover-'));
    const pid = deadPid();
    // The dead build had moved the old output aside and not yet moved its new one in: "out" is missing.
    await folder(path.join(root, `.out.tmp-${pid}-abc123.old`), { 'keep.txt': 'previous' });
    await folder(path.join(root, `.out.tmp-${pid}-abc123`), { 'new.txt': 'unfinished swap' });
    // This write fails before its own swap, so what remains is exactly what recovery restored.
    await expect(writeOutputAtomic(path.join(root, 'out'), [{ path: '../escape', contents: 'x' }])).rejects.toThrow(/unsafe/);
    expect(await readFile(path.join(root, 'out/keep.txt'), 'utf8')).toBe('previous');
    expect(await readdir(root)).toEqual(['out']);
  });

  it('removes folders left by dead builds, and then writes normally', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-recover-'));
    await folder(path.join(root, 'out'), { 'a.txt': 'v1' });
    await folder(path.join(root, `.out.tmp-${deadPid()}-half`), { 'partial.txt': 'killed while writing' });
    await folder(path.join(root, `.out.tmp-${deadPid()}-done.old`), { 'a.txt': 'killed after the swap, before the clean-up' });
    await writeOutputAtomic(path.join(root, 'out'), [{ path: 'a.txt', contents: 'v2' }]);
    expect(await readFile(path.join(root, 'out/a.txt'), 'utf8')).toBe('v2');
    expect((await readdir(root)).sort()).toEqual(['out']);
  });

  it('leaves alone the temp folder of a build that is still running, and other outputs', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-recover-'));
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    children.push(running);
    const theirs = `.out.tmp-${running.pid}-busy`;
    await folder(path.join(root, theirs), { 'x.txt': 'in progress' });
    const other = `.other.tmp-${deadPid()}-zzz`;
    await folder(path.join(root, other), { 'y.txt': 'another output folder' });
    await writeOutputAtomic(path.join(root, 'out'), [{ path: 'a.txt', contents: 'v1' }]);
    expect((await readdir(root)).sort()).toEqual([other, theirs, 'out'].sort());
  });
});
