import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, cli, edit, MINI_CONTENT, tempRepo } from '../test-utils/index.js';

let repo: Awaited<ReturnType<typeof tempRepo>>;
beforeEach(async () => {
  repo = await tempRepo(MINI_CONTENT);
});
afterEach(() => repo.cleanup());

describe('glossary validate', () => {
  it('reports every problem with file:line:column and a hint, and exits 1', async () => {
    await edit(path.join(repo.content, 'terms/alpha.md'), 'related: [gamma-star]', 'related: [gamma-starr]');
    const r = await cli(repo.root, 'validate');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('content/terms/alpha.md:10:13 error relations.related[0]: unknown term "gamma-starr" (did you mean "gamma-star"?) [unknown-relation-target]\n  hint: change it to "gamma-star"');
  });
});

describe('glossary validate --watch', () => {
  it('prints only what changed after each save, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'validate', '--watch'], { cwd: repo.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const waitFor = async (pattern: RegExp, from: number) => {
      for (let waited = 0; !pattern.test(out.slice(from)); waited += 50) {
        if (waited > 10_000) throw new Error(`timed out waiting for ${pattern}; output so far:\n${out}`);
        await sleep(50);
      }
    };
    try {
      await waitFor(/watching content for changes/, 0);
      expect(out).toMatch(/^new {4}content\/terms\/beta\.md:/m); // the first run lists the fixture's draft warnings

      // Moving existing warnings down (a line added above them) is not a change: nothing is printed.
      const quiet = out.length;
      await edit(path.join(repo.content, 'terms/beta.md'), 'term: Beta\n', 'term: Beta\nabbreviation: B\n');
      await sleep(1500);
      expect(out.slice(quiet)).toBe('');

      const broken = out.length;
      await edit(path.join(repo.content, 'terms/alpha.md'), 'related: [gamma-star]', 'related: [gamma-starr]');
      await waitFor(/✖ invalid/, broken);
      const afterBreak = out.slice(broken).trimEnd().split('\n');
      expect(afterBreak[0]).toBe('new    content/terms/alpha.md:10:13 error relations.related[0]: unknown term "gamma-starr" (did you mean "gamma-star"?) [unknown-relation-target]');
      expect(afterBreak[1]).toBe('         hint: change it to "gamma-star"');
      expect(afterBreak[2]).toMatch(/^\[\d\d:\d\d:\d\d\] ✖ invalid: 1 error, \d+ warnings in \d+ files$/);
      expect(afterBreak).toHaveLength(3);

      const fixed = out.length;
      await edit(path.join(repo.content, 'terms/alpha.md'), 'related: [gamma-starr]', 'related: [gamma-star]');
      await waitFor(/✔ valid/, fixed);
      const afterFix = out.slice(fixed).trimEnd().split('\n');
      expect(afterFix[0]).toBe('fixed  content/terms/alpha.md:10:13 error relations.related[0]: unknown term "gamma-starr" (did you mean "gamma-star"?) [unknown-relation-target]');
      expect(afterFix[1]).toMatch(/^\[\d\d:\d\d:\d\d\] ✔ valid: /);
      expect(afterFix).toHaveLength(2);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);
});
