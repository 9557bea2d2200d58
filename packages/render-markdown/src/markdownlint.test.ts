import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBooks } from './render-books.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR, PACKAGE_DIR, writeToTemp } from './test-utils/fixtures.js';

/** node_modules/.bin/markdownlint-cli2, looked up from this package towards the repository root. */
function markdownlintBin(): string {
  for (let dir = PACKAGE_DIR; ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', '.bin', 'markdownlint-cli2');
    if (existsSync(bin)) return bin;
    if (path.dirname(dir) === dir) throw new Error('markdownlint-cli2 is not installed: run npm ci');
  }
}

const CONFIG = path.join(PACKAGE_DIR, '.markdownlint-cli2.jsonc');

/** Runs markdownlint-cli2 with the package's config on every .md file under `dir`. */
function lint(dir: string) {
  const result = spawnSync(markdownlintBin(), ['--config', CONFIG, '**/*.md'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('markdownlint-cli2 on the emitted Markdown', () => {
  for (const [name, dir] of [['mini fixture', MINI_DIR], ['real content', CONTENT_DIR]] as const) {
    it(`reports nothing for the ${name}`, async () => {
      const files = renderBooks(await glossaryFrom(dir));
      const out = await writeToTemp(files);
      try {
        const { status, output } = lint(out);
        const count = files.filter((f) => f.path.endsWith('.md')).length;
        expect(output).toContain(`Linting: ${count} file(s)`);
        expect(output).toContain('Summary: 0 error(s)');
        expect(status).toBe(0);
      } finally {
        await rm(out, { recursive: true, force: true });
      }
    }, 60_000);
  }

  it('does report a broken anchor and a skipped heading level (the run can fail)', async () => {
    const out = await writeToTemp([]);
    try {
      await writeFile(path.join(out, 'bad.md'), '# Title\n\n### Skipped a level\n\n[link](#nowhere)\n');
      const { status, output } = lint(out);
      expect(output).toContain('MD001/heading-increment');
      expect(output).toContain('MD051/link-fragments');
      expect(status).toBe(1);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
