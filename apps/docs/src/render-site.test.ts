import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import type { Download } from './download.js';
import { renderSite } from './render-site.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

const downloads: Download[] = [
  { name: 'all.md', kind: 'book-markdown', contents: '# Everything\n' },
  { name: 'all.apkg', kind: 'anki', contents: new Uint8Array([80, 75, 3, 4]) },
  { name: 'glossary.ttl', kind: 'turtle', contents: '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n' },
];
const hostileJsonLd = JSON.stringify({ '@id': 'https://example.org/glossary/terms/alpha', name: 'Alpha </script><script>alert(1)</script> <!--' });

async function mini(): Promise<{ glossary: Glossary; files: RenderedFile[]; text: (p: string) => string }> {
  const glossary = await glossaryFrom(MINI_DIR);
  const files = renderSite(glossary, { version: '1.2.3', downloads, jsonLd: new Map([['alpha', hostileJsonLd]]) });
  const text = (p: string) => {
    const file = files.find((f) => f.path === p);
    if (!file) throw new Error(`no ${p}`);
    return String(file.contents);
  };
  return { glossary, files, text };
}

const htmlFiles = (files: readonly RenderedFile[]) => files.filter((f) => f.path.endsWith('.html'));
/** A page's HTML with the bodies of JSON-LD scripts removed (they are data, checked separately). */
const markup = (f: RenderedFile) => String(f.contents).replace(/(<script type="application\/ld\+json">)[\s\S]*?(<\/script>)/g, '$1$2');

/** Every local href/src of a page that isn't a fragment, an external URL or mailto. */
function localLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&#x26;', '&')).filter((u) => !/^(https?:|mailto:|#)/.test(u));
}

describe('renderSite on the mini fixture', () => {
  it('writes a page per term, non-empty category and comparison, the indexes, assets and downloads', async () => {
    const { files } = await mini();
    expect(files.map((f) => f.path)).toEqual([
      '404.html',
      'assets/search.js',
      'assets/site.css',
      'assets/site.js',
      'categories/basics/index.html',
      'categories/edge-cases/index.html',
      'categories/index.html',
      'comparisons/alpha-vs-beta/index.html',
      'comparisons/index.html',
      'downloads/all.apkg',
      'downloads/all.md',
      'downloads/glossary.ttl',
      'downloads/index.html',
      'favicon.svg',
      'index.html',
      'map/index.html',
      'search/index.html',
      'terms/alpha/index.html',
      'terms/beta/index.html',
      'terms/delta-rtl/index.html',
      'terms/gamma-star/index.html',
      'terms/index.html',
    ]);
  });

  it('escapes hostile labels everywhere and never lets content open a script', async () => {
    const { files, text } = await mini();
    for (const f of htmlFiles(files)) expect(markup(f), f.path).not.toMatch(/<script>|alert\(1\)<\/script>/);
    expect(text('terms/alpha/index.html')).toContain('<h3>An example with &#x3C;script>alert(1)&#x3C;/script> in it</h3>');
    expect(text('terms/gamma-star/index.html')).toContain('<h1 dir="auto">a*b_c | `γ` 🚀</h1>');
    expect(text('terms/gamma-star/index.html')).toContain('Some [[brackets]] and a_b_c and 1 &#x3C; 2 > 0 &#x26; done.');
    expect(text('comparisons/alpha-vs-beta/index.html')).toContain('<td>first | one</td>');
    expect(text('comparisons/alpha-vs-beta/index.html')).toContain('<title>Alpha vs beta | pipes — Mini Glossary</title>');
  });

  it('has no inline event handlers, inline styles or inline scripts, and loads nothing from elsewhere', async () => {
    const { files } = await mini();
    for (const f of htmlFiles(files)) {
      const html = markup(f);
      expect(html, f.path).not.toMatch(/<[^>]*\son[a-z]+=/i);
      expect(html, f.path).not.toMatch(/\sstyle=/i);
      for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag, f.path).toMatch(/ src="|type="application\/ld\+json"/);
      expect(html, f.path).not.toMatch(/\ssrc="(https?:)?\/\//);
      expect(html, f.path).not.toMatch(/<link[^>]+href="https?:[^>]*rel="stylesheet"|rel="stylesheet"[^>]+href="https?:/);
      expect(html, f.path).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html, f.path).toContain('http-equiv="Content-Security-Policy"');
    }
  });

  it('embeds the term JSON-LD with </ and <!-- escaped', async () => {
    const { text } = await mini();
    const page = text('terms/alpha/index.html');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(json).toContain('<\\/script>');
    expect(json).not.toMatch(/<\/|<!--/);
    expect(JSON.parse(json)).toEqual(JSON.parse(hostileJsonLd));
    expect(text('terms/beta/index.html')).not.toContain('application/ld+json');
  });

  it('resolves every local link and same-page fragment to a file or id of the site', async () => {
    const { files } = await mini();
    const paths = new Set(files.map((f) => f.path));
    for (const f of htmlFiles(files)) {
      if (f.path === '404.html') continue;
      const html = String(f.contents);
      for (const link of localLinks(html)) {
        const [target] = link.split('#');
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(f.path), target!));
        const file = target === '' || link.endsWith('/') || target!.endsWith('/') ? path.posix.join(resolved, 'index.html') : resolved;
        expect(paths.has(file.replace(/^\.\//, '')), `${f.path} links to ${link}`).toBe(true);
      }
      for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(html, `${f.path} #${id}`).toContain(`id="${id}"`);
    }
  });

  it('links 404.html from the site root, since it is served at other URLs', async () => {
    const { text } = await mini();
    expect(text('404.html')).toContain('<link rel="stylesheet" href="/assets/site.css">');
    expect(text('404.html')).not.toContain('rel="canonical"');
    expect(text('terms/alpha/index.html')).toContain('<link rel="canonical" href="https://example.org/glossary/terms/alpha/">');
  });

  it('copies the downloads byte for byte and links them from home and downloads pages', async () => {
    const { files, text } = await mini();
    expect(files.find((f) => f.path === 'downloads/all.apkg')!.contents).toEqual(new Uint8Array([80, 75, 3, 4]));
    expect(text('index.html')).toContain('<a href="downloads/all.apkg" download="all.apkg">Everything (Anki deck)</a>');
    expect(text('downloads/index.html')).toContain('<a href="all.md" download="all.md">Everything (Markdown)</a>');
    expect(text('downloads/index.html')).toMatch(/Linked data[\s\S]*glossary\.ttl/);
    expect(text('downloads/index.html')).toContain(`<code class="hash">${createHash('sha256').update('# Everything\n').digest('hex')}</code>`);
  });

  it('groups relations by kind and shows the graph, sources and FAQ on a term page', async () => {
    const { text } = await mini();
    const alpha = text('terms/alpha/index.html');
    expect(alpha).toMatch(/<h3 id="relations-related">Related<\/h3><ul class="term-list"><li><a href="..\/gamma-star\/"><bdi>a\*b_c \| `γ` 🚀<\/bdi><\/a>/);
    expect(alpha).toMatch(/<h3 id="relations-narrower">Narrower<\/h3>[\s\S]*href="..\/beta\/"/);
    expect(alpha).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="graph relation-graph"');
    expect(alpha).toContain('<cite><a href="https://arxiv.org/abs/1906.01820">Risks from Learned Optimization');
    expect(alpha).toContain('<h3>Is alpha the same as beta?</h3>');
    expect(alpha).toContain('data-pagefind-body');
    expect(text('terms/beta/index.html')).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="graph diagram"');
  });

  it('lists terms and aliases A–Z, filing non-Latin labels under Other', async () => {
    const { text } = await mini();
    const az = text('terms/index.html');
    expect(az).toContain('<li class="alias"><bdi>first letter</bdi> → see <a href="alpha/"><bdi>Alpha</bdi></a></li>');
    expect(az).toMatch(/<h2 id="letter-other">Other<\/h2><ul class="term-list az">(<li[^]*?<\/li>)*<li><a href="delta-rtl\/"><bdi>דלתא<\/bdi><\/a>/);
    expect(az).toContain('<li class="alias"><bdi>γ-star</bdi> → see');
  });

  it('adds a redirect page for a former id', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const renamed = { ...glossary, terms: glossary.terms.map((t) => (t.id === 'beta' ? { ...t, formerIds: ['old-beta'] } : t)) };
    const page = renderSite(renamed, { version: '1' }).find((f) => f.path === 'terms/old-beta/index.html');
    expect(String(page?.contents)).toContain('<meta http-equiv="refresh" content="0; url=../beta/">');
    expect(String(page?.contents)).toContain('<link rel="canonical" href="https://example.org/glossary/terms/beta/">');
  });

  it('rejects download names that are not plain file names, and duplicates', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    expect(() => renderSite(glossary, { version: '1', downloads: [{ name: '../x.md', kind: 'book-markdown', contents: '' }] })).toThrow(/plain file name/);
    expect(() => renderSite(glossary, { version: '1', downloads: [downloads[0]!, downloads[0]!] })).toThrow(/two downloads/);
  });

  it('is deterministic', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const a = renderSite(glossary, { version: '1', downloads });
    const b = renderSite(glossary, { version: '1', downloads });
    expect(a).toEqual(b);
  });
});

describe('renderSite on the real content', () => {
  it('renders every term and resolves every term: link', async () => {
    const glossary = await glossaryFrom(CONTENT_DIR);
    const files = renderSite(glossary, { version: '0.0.0' });
    const paths = new Set(files.map((f) => f.path));
    for (const t of glossary.terms) expect(paths.has(`terms/${t.id}/index.html`)).toBe(true);
    for (const f of htmlFiles(files)) expect(String(f.contents), f.path).not.toContain('term:');
    const inner = String(files.find((f) => f.path === 'terms/inner-alignment/index.html')!.contents);
    expect(inner).toContain('<a href="../deceptive-alignment/" class="term-link">deceptive alignment</a>');
  });
});
