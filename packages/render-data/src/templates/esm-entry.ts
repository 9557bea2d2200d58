import { API_EXPORTS } from './api-runtime.js';

/**
 * The source of `index.js`, the ES module entry point: an ES module wrapper around `index.cjs`, so that `import`
 * and `require` share one instance (no dual-package hazard) without relying on JSON modules or `require(esm)`.
 *
 * @returns the module source, ending with a newline
 */
export function esmEntry(): string {
  return `import api from './index.cjs';

export const { ${API_EXPORTS.join(', ')} } = api;
`;
}
