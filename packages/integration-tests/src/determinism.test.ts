// The build is a pure function of the content: the working directory, the time zone, the locale, the order in
// which the file system lists files and the parse cache change nothing in the output, byte for byte.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyInOrder, glossary, listFiles, REAL_CONTENT, verifyManifest } from './test-utils/cli.js';

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});
const temp = async (name: string) => {
  const dir = await mkdtemp(path.join(tmpdir(), `ag-it-${name}-`));
  temps.push(dir);
  return dir;
};

describe('two builds of the same content in different surroundings', () => {
  it('write byte-identical outputs (compared through SHA256SUMS)', async () => {
    // Both copies sit outside any git checkout, so term times come from the same fallback in both builds.
    const a = await temp('det-a');
    const b = await temp('det-b');
    await copyInOrder(REAL_CONTENT, path.join(a, 'content'), (files) => files);
    await copyInOrder(REAL_CONTENT, path.join(b, 'content'), (files) => [...files].reverse());

    const first = await glossary(['build', 'content', '--out', 'out', '--no-cache'], {
      cwd: a,
      env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C', SOURCE_DATE_EPOCH: undefined, GLOSSARY_CACHE_DIR: path.join(a, 'cache') },
    });
    expect(first.code, first.stderr).toBe(0);
    // The second build runs from another directory, with absolute paths, a +13:45 time zone, a Turkish locale
    // (dotless i in case mapping, even if the OS lacks it: Node's ICU still honours it) and the parse cache.
    const second = await glossary(['build', path.join(b, 'content'), '--out', path.join(b, 'out')], {
      cwd: tmpdir(),
      env: { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', SOURCE_DATE_EPOCH: undefined, GLOSSARY_CACHE_DIR: path.join(b, 'cache') },
    });
    expect(second.code, second.stderr).toBe(0);

    const sumsA = await readFile(path.join(a, 'out/SHA256SUMS'), 'utf8');
    const sumsB = await readFile(path.join(b, 'out/SHA256SUMS'), 'utf8');
    expect(sumsA.split('\n').length).toBeGreaterThan(100);
    expect(sumsB).toBe(sumsA);
    expect(await listFiles(path.join(b, 'out'))).toEqual(await listFiles(path.join(a, 'out')));
    expect(await verifyManifest(path.join(a, 'out'))).toEqual([]);
    expect(await verifyManifest(path.join(b, 'out'))).toEqual([]);
  }, 240_000);
});
