import { expect, it } from 'vitest';
import * as api from './index.js';

it('exposes exactly the documented API', () => {
  expect(Object.keys(api).sort()).toEqual(['renderAnki']);
});
