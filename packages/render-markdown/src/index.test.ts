import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly renderBooks', () => {
    expect(Object.keys(api).sort()).toEqual(['renderBooks']);
  });
});
