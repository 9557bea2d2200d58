import { API_EXPORTS } from './api-runtime.js';

/**
 * The source of `index.js`, the ES module entry point: an ES module wrapper around `index.cjs`, as Node's
 * documentation recommends for dual packages, so that `import` and `require` share one instance.
 *
 * @returns the module source, ending with a newline
 */
export function esmEntry(): string {
  return `import api from './index.cjs';

export const { ${API_EXPORTS.join(', ')} } = api;
`;
}
