import { expect, it } from 'vitest';
import * as api from './index.js';

it('exposes exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['glossaryIris', 'renderJsonLd']);
});
