// Security end to end: raw HTML and unsafe link schemes are rejected by the CLI; hostile text in plain-text fields
// goes through the real renderers and comes out inert in books, Anki fields, docs pages and the npm package; the
// npm package ships only its allowlisted files.
import { loadGlossary, type Glossary } from '@alignment-glossary/core';
import { renderSite, termJsonLd } from '@alignment-glossary/docs/dist/index.js';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossary, listFiles, MINI, verifyManifest } from './test-utils/cli.js';
import { writeContent } from './test-utils/glossary-content.js';
import { hostileContent } from './test-utils/hostile-content.js';
import { scriptVectors } from './test-utils/html-vectors.js';
import { parseMarkdown } from './test-utils/markdown-links.js';
import { readApkg } from './test-utils/render.js';
import { visit } from 'unist-util-visit';

const run = promisify(execFile);
const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});
async function temp(name: string) {
  const dir = await mkdtemp(path.join(tmpdir(), `ag-it-${name}-`));
  temps.push(dir);
  return dir;
}

/** The mini fixture with one term body changed. */
async function miniWithBody(extra: string): Promise<string> {
  const files = new Map<string, string>();
  for (const file of await listFiles(MINI)) files.set(file, await readFile(path.join(MINI, file), 'utf8'));
  files.set('terms/alpha.md', `${files.get('terms/alpha.md')!}\n${extra}\n`);
  return writeContent(files, await temp('mini'));
}

describe('content the CLI rejects', () => {
  it.each([
    ['raw HTML', '<script>alert(1)</script>', 'no-raw-html'],
    ['an inline HTML tag', 'Some <img src=x onerror=alert(1)> text.', 'no-raw-html'],
    ['an HTML comment', '<!-- hidden -->', 'no-raw-html'],
    ['a javascript: link', '[x](javascript:alert(1))', 'link-scheme'],
    ['an upper-case JAVASCRIPT: link', '[x](JAVASCRIPT:alert(1))', 'link-scheme'],
    ['a javascript: autolink', '<javascript:alert(1)>', 'link-scheme'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'link-scheme'],
    ['a protocol-relative link', '[x](//evil.example/x)', 'link-scheme'],
    ['a vbscript: reference definition', '[x][r]\n\n[r]: vbscript:msgbox(1)', 'link-scheme'],
    ['a mailto: link', '[x](mailto:someone@example.org)', 'link-scheme'],
  ])('%s in a term body: validate fails at the line, build stops and leaves the output alone', async (_, extra, rule) => {
    const content = await miniWithBody(extra);
    const out = path.join(path.dirname(content), 'out');
    const good = await glossary(['build', MINI, '--out', out, '--no-cache']);
    expect(good.code, good.stderr).toBe(0);
    const sums = await readFile(path.join(out, 'SHA256SUMS'), 'utf8');

    const checked = await glossary(['validate', content, '--no-cache', '--format', 'json']);
    expect(checked.code, checked.stderr).toBe(1);
    const report = JSON.parse(checked.stdout) as { diagnostics: { file: string; line: number; rule: string }[] };
    const lines = (await readFile(path.join(content, 'terms/alpha.md'), 'utf8')).split('\n').length;
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'terms/alpha.md', rule }));
    expect(report.diagnostics.find((d) => d.rule === rule)!.line).toBeGreaterThan(lines - 6);

    const built = await glossary(['build', content, '--out', out, '--no-cache']);
    expect(built.code).toBe(1);
    expect(await readFile(path.join(out, 'SHA256SUMS'), 'utf8')).toBe(sums);
    expect(await verifyManifest(out)).toEqual([]);
  }, 120_000);

  it('accepts http(s), term: and relative links', async () => {
    const content = await miniWithBody('[a](https://example.org) [b](http://example.org) [c](term:beta) [d](../notes.md) [e](#section)');
    const checked = await glossary(['validate', content, '--no-cache', '--format', 'json']);
    const report = JSON.parse(checked.stdout) as { diagnostics: { rule: string }[] };
    expect(report.diagnostics.filter((d) => d.rule === 'link-scheme')).toEqual([]);
  }, 60_000);
});

describe('hostile plain text through the real renderers', () => {
  let out: string;
  let g: Glossary;
  beforeAll(async () => {
    const root = await temp('hostile');
    const content = await writeContent(hostileContent(), path.join(root, 'content'));
    const loaded = await loadGlossary(content);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    g = loaded.glossary!;
    out = path.join(root, 'out');
    const built = await glossary(['build', content, '--out', out, '--no-cache']);
    expect(built.code, built.stderr).toBe(0);
  }, 120_000);

  it('books: the Markdown holds no raw HTML and no unsafe link, only escaped text', async () => {
    const files = (await listFiles(out)).filter((f) => f.startsWith('books/') && f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(3);
    let sawPayloadAsText = false;
    for (const file of files) {
      const tree = parseMarkdown(await readFile(path.join(out, file), 'utf8'));
      visit(tree, (node) => {
        if (node.type === 'html') expect.fail(`${file}: raw HTML ${node.value.slice(0, 80)}`);
        if ((node.type === 'link' || node.type === 'definition') && /^\s*(javascript|vbscript|data):/i.test(node.url)) expect.fail(`${file}: link ${node.url}`);
        if (node.type === 'text' && node.value.includes('<script>alert(1)</script>')) sawPayloadAsText = true;
      });
    }
    expect(sawPayloadAsText).toBe(true); // the payload survives as literal text, escaped
  });

  it('Anki: every field of every note is inert HTML', async () => {
    const decks = (await listFiles(out)).filter((f) => f.endsWith('.apkg'));
    expect(decks.map((d) => path.basename(d)).sort()).toEqual(['full.apkg', 'small.apkg']);
    for (const deck of decks) {
      const col = await readApkg(new Uint8Array(await readFile(path.join(out, deck))));
      expect(col.notes.length).toBeGreaterThan(0);
      for (const note of col.notes) {
        expect(note.fields.length).toBe(col.modelFields.get(note.modelId)!.length);
        for (const field of note.fields) expect(scriptVectors(field, { fragment: true }), field.slice(0, 120)).toEqual([]);
      }
      expect(col.notes.some((n) => n.fields.some((f) => f.includes('&lt;script&gt;alert(1)&lt;/script&gt;')))).toBe(true);
    }
  });

  it('docs: no page or picture runs script from content', async () => {
    const version = '0.0.0-test';
    const pages = renderSite(g, { version, jsonLd: await termJsonLd(g, version), downloads: [] });
    const markup = pages.filter((p) => /\.(html|svg)$/.test(p.path));
    expect(markup.length).toBeGreaterThan(5);
    const ownScript = (src: string) => !/^(javascript|data):/i.test(src) && !src.includes('alert');
    for (const page of markup) {
      const html = typeof page.contents === 'string' ? page.contents : new TextDecoder().decode(page.contents);
      expect(scriptVectors(html, { allowedScripts: ownScript }), page.path).toEqual([]);
    }
  });

  it('npm package: importing every module runs nothing from content, and every declaration file parses', async () => {
    const files = (await listFiles(out)).filter((f) => f.startsWith('npm/'));
    const modules = files.filter((f) => /\.(c?js)$/.test(f));
    expect(modules.length).toBeGreaterThan(3);
    const pwned = globalThis as { pwned?: unknown };
    for (const file of modules) await import(pathToFileURL(path.join(out, file)).href);
    expect(pwned.pwned).toBeUndefined();
    for (const file of files.filter((f) => /\.d\.c?ts$/.test(f))) {
      const source = ts.createSourceFile(file, await readFile(path.join(out, file), 'utf8'), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
      expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, file).toEqual([]);
    }
  }, 60_000);
});

describe('the published npm package', () => {
  it('ships only its allowlisted files (npm pack --dry-run on packages/data after the build)', async () => {
    const dir = path.dirname(new URL('../../data/package.json', import.meta.url).pathname);
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toEqual(['dist', '!dist/SHA256SUMS']);
    const built = await listFiles(path.join(dir, 'dist')).catch(() => [] as string[]);
    expect(built.length, 'packages/data/dist is missing: run npm run build first').toBeGreaterThan(0);
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
    const packed = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
    const allowed = (p: string) => ['package.json', 'README.md', 'LICENSE'].includes(p) || (p.startsWith('dist/') && p !== 'dist/SHA256SUMS');
    expect(packed.filter((p) => !allowed(p))).toEqual([]);
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/glossary.json']));
    expect(packed.filter((p) => p.startsWith('dist/')).sort()).toEqual(built.filter((f) => f !== 'SHA256SUMS').map((f) => `dist/${f}`).sort());
  }, 120_000);
});
