import { describe, expect, it } from 'vitest';
import { pageFile, relativeHref } from './url.js';

describe('relativeHref', () => {
  it('links between term pages through their common parent', () => {
    expect(relativeHref('terms/alpha/index.html', 'terms/beta/')).toBe('../beta/');
  });
  it('climbs to the root for assets and the home page', () => {
    expect(relativeHref('terms/alpha/index.html', 'assets/site.css')).toBe('../../assets/site.css');
    expect(relativeHref('terms/alpha/index.html', '')).toBe('../../');
    expect(relativeHref('index.html', '')).toBe('./');
  });
  it('descends from the root', () => {
    expect(relativeHref('index.html', 'terms/alpha/')).toBe('terms/alpha/');
    expect(relativeHref('404.html', 'downloads/full.apkg')).toBe('downloads/full.apkg');
  });
  it('keeps fragments, and a same-page fragment stays a bare fragment', () => {
    expect(relativeHref('terms/alpha/index.html', 'terms/beta/#faq')).toBe('../beta/#faq');
    expect(relativeHref('terms/alpha/index.html', 'terms/alpha/#faq')).toBe('#faq');
  });
  it('links a page to its own folder as ./', () => {
    expect(relativeHref('search/index.html', 'search/')).toBe('./');
  });
});

describe('pageFile', () => {
  it('maps directory URLs to index.html and leaves files alone', () => {
    expect(pageFile('terms/x/')).toBe('terms/x/index.html');
    expect(pageFile('')).toBe('index.html');
    expect(pageFile('assets/site.css')).toBe('assets/site.css');
  });
});
