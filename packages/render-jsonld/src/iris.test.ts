import { describe, expect, it } from 'vitest';
import { glossaryIris } from './iris.js';

describe('glossaryIris', () => {
  it('puts terms under iriBase and the scheme, vocabulary and categories in the folder above', () => {
    const iris = glossaryIris({ iriBase: 'https://alignment-glossary.org/terms/', siteUrl: 'https://alignment-glossary.org' });
    expect(iris.term('inner-alignment')).toBe('https://alignment-glossary.org/terms/inner-alignment');
    expect(iris.scheme).toBe('https://alignment-glossary.org/scheme');
    expect(iris.vocabulary).toBe('https://alignment-glossary.org/vocab');
    expect(iris.vocabularyNamespace).toBe('https://alignment-glossary.org/vocab#');
    expect(iris.shapesNamespace).toBe('https://alignment-glossary.org/shapes#');
    expect(iris.collection('foundations')).toBe('https://alignment-glossary.org/categories/foundations');
    expect(iris.page('inner-alignment')).toBe('https://alignment-glossary.org/terms/inner-alignment/');
  });

  it('keeps a site path and accepts a trailing slash on siteUrl', () => {
    const iris = glossaryIris({ iriBase: 'https://example.org/glossary/terms/', siteUrl: 'https://example.org/glossary/' });
    expect(iris.scheme).toBe('https://example.org/glossary/scheme');
    expect(iris.page('alpha')).toBe('https://example.org/glossary/terms/alpha/');
    expect(glossaryIris({ iriBase: 'https://example.org/t/', siteUrl: 'https://example.org/glossary' }).page('alpha'))
      .toBe('https://example.org/glossary/terms/alpha/');
  });

  it.each([
    ['https://alignment-glossary.org/terms', 'no trailing slash'],
    ['https://alignment-glossary.org/', 'no folder of its own'],
    ['https://alignment-glossary.org/categories/', 'the categories folder'],
  ])('rejects iriBase %s (%s) and says what to write', (iriBase) => {
    expect(() => glossaryIris({ iriBase, siteUrl: 'https://alignment-glossary.org' }))
      .toThrow(`iriBase must be a folder below the site root that ends in "/", such as "https://alignment-glossary.org/terms/"`);
  });
});
