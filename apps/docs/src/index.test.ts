import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CONTENT_SECURITY_POLICY',
      'DOWNLOAD_GROUPS',
      'REPOSITORY_URL',
      'buildSearchIndex',
      'collectDownloads',
      'diagramSvg',
      'downloadTitle',
      'escapeScriptJson',
      'explanationToHast',
      'glossaryMapSvg',
      'jsonLdScript',
      'relationGraphSvg',
      'relativeHref',
      'renderSite',
      'serveStatic',
      'termJsonLd',
    ]);
  });
});
