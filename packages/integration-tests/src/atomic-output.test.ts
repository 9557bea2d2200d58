// A build killed part-way never leaves a half-written output: the previous output stays intact and complete, and
// the next build cleans up after the dead one.
import { readdirSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, writeGenerated } from './test-utils/bench-content.js';
import { glossary, startGlossary, verifyManifest } from './test-utils/cli.js';

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** Polls (every millisecond or so) until `dir` holds an entry starting with `prefix`; resolves false on `done`. */
function waitForEntry(dir: string, prefix: string, done: Promise<unknown>): Promise<boolean> {
  return new Promise((resolve) => {
    let finished = false;
    void done.then(() => {
      finished = true;
    });
    const poll = () => {
      if (readdirSync(dir).some((n) => n.startsWith(prefix))) resolve(true);
      else if (finished) resolve(false);
      else setTimeout(poll, 1);
    };
    poll();
  });
}

describe('a build killed part-way', () => {
  it('leaves the previous output intact and complete, and the next build cleans up', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ag-it-atomic-'));
    temps.push(root);
    // 300 generated terms: enough files that the write phase lasts long enough to be caught.
    const content = path.join(root, 'content');
    await writeGenerated(generateContent(300, 7), content);
    const out = path.join(root, 'out');
    const env = { GLOSSARY_CACHE_DIR: path.join(root, 'cache') };
    const first = await glossary(['build', content, '--out', out], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(await verifyManifest(out)).toEqual([]);

    let killed = false;
    for (let attempt = 0; attempt < 5 && !killed; attempt++) {
      const child = startGlossary(['build', content, '--out', out], { env });
      const exited = new Promise((resolve) => child.on('close', resolve));
      if (await waitForEntry(root, '.out.tmp-', exited)) {
        killed = child.kill('SIGKILL');
        await exited;
      }
    }
    expect(killed).toBe(true);
    expect((await readdir(root)).some((n) => n.startsWith('.out.tmp-'))).toBe(true); // the dead build's leftovers
    expect(await verifyManifest(out)).toEqual([]);

    const next = await glossary(['build', content, '--out', out], { env });
    expect(next.code, next.stderr).toBe(0);
    expect(await verifyManifest(out)).toEqual([]);
    expect((await readdir(root)).sort()).toEqual(['cache', 'content', 'out']);
  }, 300_000);
});
