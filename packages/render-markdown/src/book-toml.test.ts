import type { Book, GlossaryConfig } from '@alignment-glossary/core';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { bookToml, tomlString } from './book-toml.js';

const config: GlossaryConfig = {
  title: 'Glossary "G"', description: 'd', language: 'en', siteUrl: 'https://example.org', iriBase: 'https://example.org/t/', license: 'CC-BY-4.0',
};
const book: Book = {
  id: 'b', title: 'A "quoted" \\ title', description: 'Line one\nline two\ttab \u0007 bell \u007f del', siteUrl: 'https://example.org', chapters: [], appendix: [],
};

// Keys mdBook documents (format/configuration/general.md and renderers.md) for [book], [build] and [output.html].
const DOCUMENTED = {
  book: ['title', 'authors', 'description', 'src', 'language', 'text-direction'],
  build: ['build-dir', 'create-missing', 'use-default-preprocessors', 'extra-watch-dirs'],
  'output.html': ['theme', 'default-theme', 'preferred-dark-theme', 'mathjax-support', 'additional-css', 'additional-js',
    'no-section-label', 'git-repository-url', 'git-repository-icon', 'edit-url-template', 'site-url', 'cname', 'input-404',
    'print', 'fold', 'playground', 'code', 'search', 'redirect'],
  'output.html.print': ['enable', 'page-break'],
  'output.html.fold': ['enable', 'level'],
} as const;

describe('tomlString', () => {
  it('escapes quotes, backslashes and control characters so TOML reads the value back unchanged', () => {
    for (const value of [book.title, book.description, 'plain', 'emoji 🚀 and דלתא', '']) {
      expect(parse(`v = ${tomlString(value)}`)).toEqual({ v: value });
    }
    expect(tomlString('a"b\\c\n')).toBe('"a\\"b\\\\c\\n"');
  });
});

describe('bookToml', () => {
  const parsed = parse(bookToml(config, book)) as Record<string, Record<string, unknown>>;

  it('writes the [book] metadata from the book and the glossary', () => {
    expect(parsed.book).toEqual({
      title: book.title, authors: ['Glossary "G" contributors'], description: book.description, language: 'en', src: 'src',
    });
  });

  it('makes a missing page an error and uses only documented keys', () => {
    expect(parsed.build).toEqual({ 'create-missing': false });
    const html = (parsed.output as Record<string, Record<string, unknown>>).html!;
    expect(Object.keys(parsed).sort()).toEqual(['book', 'build', 'output']);
    for (const key of Object.keys(parsed.book!)) expect(DOCUMENTED.book).toContain(key);
    for (const key of Object.keys(parsed.build!)) expect(DOCUMENTED.build).toContain(key);
    for (const key of Object.keys(html)) expect(DOCUMENTED['output.html']).toContain(key);
    expect(Object.keys(html.print as object).every((k) => (DOCUMENTED['output.html.print'] as readonly string[]).includes(k))).toBe(true);
    expect(html.fold).toEqual({ enable: true, level: 1 });
  });
});
