import { Parser } from 'htmlparser2';
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBooks } from './render-books.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR, PACKAGE_DIR, writeToTemp } from './test-utils/fixtures.js';
import { headingsOf, parseMarkdown } from './test-utils/parse.js';

/** The `pandoc …` lines of the README's code block under "Making an EPUB with pandoc", verbatim. */
async function readmePandocCommands(): Promise<string[]> {
  const tree = parseMarkdown(await readFile(path.join(PACKAGE_DIR, 'README.md'), 'utf8'));
  const start = tree.children.findIndex((n) => n.type === 'heading' && headingsOf({ type: 'root', children: [n] })[0]!.text === 'Making an EPUB with pandoc');
  expect(start, 'README section "Making an EPUB with pandoc"').toBeGreaterThan(-1);
  const block = tree.children.slice(start).find((n): n is Code => n.type === 'code');
  return (block?.value ?? '').split('\n').filter((line) => line.startsWith('pandoc '));
}

/** Ids and in-page links of an HTML document, and the text of its headings. */
function scanHtml(html: string) {
  const ids = new Set<string>();
  const hrefs: string[] = [];
  const headings: string[] = [];
  let inHeading = 0;
  let current = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id !== undefined) ids.add(attrs.id);
      if (name === 'a' && attrs.href?.startsWith('#')) hrefs.push(decodeURIComponent(attrs.href.slice(1)));
      if (/^h[1-6]$/.test(name)) inHeading++;
    },
    ontext(text) {
      if (inHeading > 0) current += text;
    },
    onclosetag(name) {
      if (/^h[1-6]$/.test(name) && --inHeading === 0) {
        headings.push(current.replace(/\s+/g, ' ').trim());
        current = '';
      }
    },
  }, { decodeEntities: true });
  parser.end(html);
  return { ids, hrefs, headings };
}

function run(command: string, cwd: string) {
  const result = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, error: result.error };
}

describe('pandoc on the single-file books', async () => {
  const commands = await readmePandocCommands();
  const glossary = await glossaryFrom(CONTENT_DIR);
  const out = await writeToTemp(renderBooks(glossary), 'render-markdown-pandoc-');
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('has the README commands for EPUB and HTML of both real books', () => {
    expect(commands.map((c) => c.split(' ').at(-1))).toEqual(['full.epub', 'full.html', 'primer.epub', 'primer.html']);
  });

  for (const command of commands) {
    it(`runs: ${command}`, async () => {
      const { status, stderr, error } = run(command, out);
      expect(error, 'is pandoc installed? (.ci/run installs it)').toBeUndefined();
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const target = command.split(' ').at(-1)!;
      const bytes = await readFile(path.join(out, target));
      if (target.endsWith('.epub')) {
        // An EPUB is a zip whose first entry is the uncompressed "mimetype" file.
        expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
        expect(bytes.subarray(30, 70).toString('latin1')).toContain('mimetypeapplication/epub+zip');
      } else {
        const book = glossary.books.find((b) => b.id === path.basename(target, '.html'))!;
        const { ids, hrefs, headings } = scanHtml(bytes.toString('utf8'));
        for (const id of [...book.chapters.flatMap((c) => c.terms), ...book.appendix]) {
          expect(headings).toContain(glossary.termsById.get(id)!.term);
        }
        expect(hrefs.length).toBeGreaterThan(100);
        expect(hrefs.filter((h) => !ids.has(h))).toEqual([]);
      }
    }, 120_000);
  }

  it('gives the awkward fixture labels the same anchors as GitHub (emoji, backticks, RTL)', async () => {
    const mini = await writeToTemp(renderBooks(await glossaryFrom(MINI_DIR)), 'render-markdown-pandoc-mini-');
    try {
      const html = 'all.html';
      const command = commands[1]!.replaceAll('full.', 'all.');
      expect(command.endsWith(html)).toBe(true);
      const { status, stderr } = run(command, mini);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const { ids, hrefs } = scanHtml(await readFile(path.join(mini, html), 'utf8'));
      expect(hrefs).toContain('ab_c--γ-');
      expect(hrefs).toContain('דלתא');
      expect(hrefs.filter((h) => !ids.has(h))).toEqual([]);
      const mermaid: string[] = [];
      visit(parseMarkdown(await readFile(path.join(mini, 'all.md'), 'utf8')), 'code', (n) => void mermaid.push(n.lang ?? ''));
      expect(mermaid).toContain('mermaid');
    } finally {
      await rm(mini, { recursive: true, force: true });
    }
  }, 120_000);
});
