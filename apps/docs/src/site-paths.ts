import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The docs package folder (`apps/docs`), found from this module (`src/` in tests, `dist/` when built). */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root. */
export const REPO_ROOT = path.resolve(PACKAGE_DIR, '../..');
/** Where the built site goes; `npm run docs:preview` serves it. */
export const SITE_DIR = path.join(PACKAGE_DIR, 'dist', 'site');
/** The port of `npm run docs:preview`. */
export const PREVIEW_PORT = 4173;
