import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types of the files the site holds. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.apkg': 'application/octet-stream',
  '.epub': 'application/epub+zip',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options of {@link serveStatic}. */
export interface ServeOptions {
  /** Default 127.0.0.1: the preview is for this machine only. (optional) */
  readonly host?: string;
  /** Default 0: any free port. (optional) */
  readonly port?: number;
}

/** A running static server. */
export interface StaticServer {
  /** The base URL, e.g. `http://127.0.0.1:4173/`. */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * Serves a folder over HTTP with node:http, the way a static host would: `GET`/`HEAD` only; `/dir/` serves
 * `dir/index.html`; `/dir` redirects to `/dir/`; unknown paths get `404.html` with status 404; paths that escape
 * the folder (`..`, encoded or not, or NUL bytes) get 400.
 *
 * @param root the folder to serve
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    void handle(base, req.method ?? 'GET', req.url ?? '/').then(
      (reply) => {
        res.writeHead(reply.status, reply.headers);
        if (reply.file && req.method !== 'HEAD') createReadStream(reply.file).pipe(res);
        else res.end(req.method === 'HEAD' ? undefined : reply.body);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('internal error\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly file?: string;
  readonly body?: string;
}

const text = (status: number, body: string): Reply => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${body}\n` });

async function handle(root: string, method: string, rawUrl: string): Promise<Reply> {
  if (method !== 'GET' && method !== 'HEAD') return { ...text(405, 'method not allowed'), headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' } };
  const url = new URL(rawUrl, 'http://localhost');
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return text(400, 'bad request');
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return text(400, 'bad request');
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return text(400, 'bad request');
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return { status: 301, headers: { location: `${url.pathname}/${url.search}` } };
    return serveFile(path.join(file, 'index.html'), 200, root);
  }
  if (info?.isFile()) return serveFile(file, 200, root);
  return serveFile(path.join(root, '404.html'), 404, root);
}

async function serveFile(file: string, status: number, root: string): Promise<Reply> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return status === 404 || file === path.join(root, '404.html') ? text(404, 'not found') : serveFile(path.join(root, '404.html'), 404, root);
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return { status, headers: { 'content-type': type, 'content-length': String(info.size), 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' }, file };
}
