/** `npm run docs:preview`: serves the built site (dist/site) on http://127.0.0.1:4173/ until interrupted. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from './serve-static.js';
import { PREVIEW_PORT, SITE_DIR } from './site-paths.js';

if (!existsSync(path.join(SITE_DIR, 'index.html'))) {
  console.error(`No site in ${SITE_DIR}. Run npm run build at the repository root first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? PREVIEW_PORT);
const server = await serveStatic(SITE_DIR, { port }).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use; free it or run with PORT=<port>.` : String(error));
  process.exit(1);
});
console.log(`Alignment Glossary docs: ${server.url} (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
