import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './serve-static.js';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'docs-serve-'));
  await mkdir(path.join(dir, 'site/terms/alpha'), { recursive: true });
  await writeFile(path.join(dir, 'site/index.html'), '<h1>home</h1>');
  await writeFile(path.join(dir, 'site/404.html'), '<h1>missing</h1>');
  await writeFile(path.join(dir, 'site/terms/alpha/index.html'), '<h1>alpha</h1>');
  await writeFile(path.join(dir, 'site/index.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(path.join(dir, 'secret.txt'), 'outside the site');
  server = await serveStatic(path.join(dir, 'site'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw request, so the path is sent exactly as written (fetch would normalize `..`). */
function get(pathname: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: pathname, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for a folder and types files by extension', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<h1>home</h1>', headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await get('/terms/alpha/')).toMatchObject({ status: 200, body: '<h1>alpha</h1>' });
    expect((await get('/index.wasm')).headers['content-type']).toBe('application/wasm');
  });

  it('redirects a folder without its slash, keeping the query', async () => {
    expect(await get('/terms/alpha?q=1')).toMatchObject({ status: 301, headers: { location: '/terms/alpha/?q=1' } });
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    expect(await get('/terms/nope/')).toMatchObject({ status: 404, body: '<h1>missing</h1>' });
  });

  it('refuses paths that climb out of the folder', async () => {
    for (const p of ['/terms/..%2f..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/a%00b', '/a%5c..%5csecret.txt', '/%E0%A4%A']) {
      const res = await get(p);
      expect(res.status, p).toBe(400);
      expect(res.body, p).not.toContain('outside the site');
    }
  });

  it('resolves plain dot segments inside the site, never above it', async () => {
    expect(await get('/../secret.txt')).toMatchObject({ status: 404, body: '<h1>missing</h1>' });
    expect(await get('/terms/../index.html')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
  });

  it('answers HEAD without a body and rejects other methods', async () => {
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect(await get('/', 'POST')).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
  });
});
