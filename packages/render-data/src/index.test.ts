import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'dataTermSchema',
      'explanationToMarkdown',
      'renderDataPackage',
      'toDataTerm',
      'toGlossaryData',
    ]);
  });
});
