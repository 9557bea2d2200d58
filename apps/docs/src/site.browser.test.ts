/**
 * The built site (dist/site, from `npm run build`) in a real browser: Chromium driven by playwright-core, served by
 * the same static server as `npm run docs:preview`, on 127.0.0.1 and a free port.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Glossary } from '@alignment-glossary/core';
import { LinkChecker } from 'linkinator';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDownloads } from './collect-downloads.js';
import { serveStatic, type StaticServer } from './serve-static.js';
import { PACKAGE_DIR, REPO_ROOT, SITE_DIR } from './site-paths.js';
import { CONTENT_DIR, glossaryFrom } from './test-utils/fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-quic',
];
const OUTPUT = path.join(PACKAGE_DIR, 'test-output');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;
let glossary: Glossary;

beforeAll(async () => {
  if (!existsSync(path.join(SITE_DIR, 'index.html'))) {
    throw new Error(`no built site in ${SITE_DIR}: run npm run build (at the repository root) before these tests`);
  }
  glossary = await glossaryFrom(CONTENT_DIR);
  server = await serveStatic(SITE_DIR);
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'docs-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 900 },
  });
  await mkdir(OUTPUT, { recursive: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

/** Opens a site path in a new tab and records console errors, page errors, failed requests and HTTP errors. */
async function open(pathname: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(new URL(pathname, server.url).href, { waitUntil: 'networkidle' });
  return { page, errors };
}

const label = (id: string) => glossary.termsById.get(id)!.term;

/** Serious and critical axe-core violations on the open page, as readable lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the docs site in Chromium', () => {
  it('loads the home page with no console errors', async () => {
    const { page, errors } = await open('/');
    await expect(page.locator('h1').textContent()).resolves.toBe(glossary.config.title);
    await expect(page.title()).resolves.toBe(glossary.config.title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds Mesa-optimization when searching for "mesa" from the home page, and opens it', async () => {
    const { page, errors } = await open('/');
    await page.locator('#home-search').fill('mesa');
    await page.locator('#home-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=mesa$/);
    const hit = page.locator('#search-results a', { hasText: /^Mesa-optimization$/ });
    await hit.waitFor({ timeout: 15_000 });
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^\d+ terms match “mesa”/);
    await hit.click();
    await page.waitForURL(/\/terms\/mesa-optimization\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Mesa-optimization');
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('finds a term by one of its aliases', async () => {
    const term = glossary.terms.find((t) => t.aliases.some((a) => a.includes(' ') && !t.term.toLowerCase().includes(a.toLowerCase())))!;
    const alias = term.aliases.find((a) => a.includes(' ') && !term.term.toLowerCase().includes(a.toLowerCase()))!;
    const { page, errors } = await open(`/search/?q=${encodeURIComponent(alias)}`);
    await page.locator('#search-results a', { hasText: new RegExp(`^${escapeRegExp(term.term)}$`) }).waitFor({ timeout: 15_000 });
    await expect(page.locator('#search-page-q').inputValue()).resolves.toBe(alias);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('reaches deceptive alignment from inner alignment by following relation links', async () => {
    const route = shortestRelationPath(glossary, 'inner-alignment', 'deceptive-alignment');
    expect(route.length).toBeGreaterThan(1);
    const { page, errors } = await open('/terms/inner-alignment/');
    for (const next of route.slice(1)) {
      await page.locator('section[aria-labelledby="relations"] ul.term-list a', { hasText: new RegExp(`^${escapeRegExp(label(next))}$`) }).click();
      await page.waitForURL(new RegExp(`/terms/${next}/$`));
      await expect(page.locator('h1').textContent()).resolves.toBe(label(next));
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('has no broken internal link anywhere (linkinator, external links skipped)', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: server.url,
      recurse: true,
      concurrency: 16,
      checkFragments: true,
      linksToSkip: async (link) => !link.startsWith(server.url),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (from ${l.parent})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((l) => l.state === 'OK').map((l) => l.url);
    for (const term of glossary.terms) expect(checked).toContain(new URL(`terms/${term.id}/`, server.url).href);
  }, 90_000);

  it('passes axe-core with no serious or critical violations on the home page and a term page, light and dark', async () => {
    for (const [pathname, scheme] of [['/', 'light'], ['/terms/inner-alignment/', 'light'], ['/terms/inner-alignment/', 'dark'], ['/map/', 'light']] as const) {
      const { page } = await open(pathname);
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `${pathname} (${scheme})`).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('embeds JSON-LD in a term page that parses and names the term', async () => {
    const { page } = await open('/terms/inner-alignment/');
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const doc = JSON.parse(scripts[0]!) as unknown;
    expect(strings(doc)).toContain('Inner alignment');
    expect(strings(doc).some((s) => s.endsWith('inner-alignment'))).toBe(true);
    await page.close();
  });

  it('saves screenshots of a term page, light, dark and on a phone, with nothing wider than the phone', async () => {
    const { page } = await open('/terms/inner-alignment/');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const file = path.join(OUTPUT, `term-inner-alignment-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect((await stat(file)).size).toBeGreaterThan(20_000);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: path.join(OUTPUT, 'term-inner-alignment-phone.png'), fullPage: false });
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBe(0);
    await page.close();
  }, 30_000);

  it('serves every download the site links to, and every download the build output holds', async () => {
    const { page } = await open('/downloads/');
    const hrefs = await page.locator('main a[download]').evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
    await page.close();
    for (const href of hrefs) {
      const res = await fetch(href);
      expect(res.status, href).toBe(200);
      expect((await res.arrayBuffer()).byteLength, href).toBeGreaterThan(0);
    }
    const built = await collectDownloads(path.join(REPO_ROOT, 'out'), glossary.books.map((b) => b.id));
    expect(hrefs.map((h) => h.slice(h.lastIndexOf('/') + 1)).sort()).toEqual(built.map((d) => d.name).sort());
  });
});

/** A shortest path between two terms over their relations (any kind), found breadth-first, ids in order. */
function shortestRelationPath(g: Glossary, from: string, to: string): string[] {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === to) break;
    for (const ids of Object.values(g.relations.get(id) ?? {})) {
      for (const next of ids) {
        if (!previous.has(next)) {
          previous.set(next, id);
          queue.push(next);
        }
      }
    }
  }
  if (!previous.has(to)) return [];
  const route = [to];
  while (route[0] !== from) route.unshift(previous.get(route[0]!)!);
  return route;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string value anywhere in a JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
