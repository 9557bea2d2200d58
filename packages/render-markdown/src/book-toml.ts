import type { Book, GlossaryConfig } from '@alignment-glossary/core';

/** A TOML basic string: quotes, backslashes and control characters escaped. */
export function tomlString(value: string): string {
  const escaped = value.replace(/["\\\u0000-\u001f\u007f]/g, (c) => {
    switch (c) {
      case '"': return '\\"';
      case '\\': return '\\\\';
      case '\n': return '\\n';
      case '\t': return '\\t';
      case '\r': return '\\r';
      default: return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${escaped}"`;
}

/**
 * The `book.toml` of an mdBook folder: `[book]` title, authors, description, language and `src`;
 * `[build] create-missing = false` so a page missing from SUMMARY.md fails the build instead of being created
 * empty; `[output.html]` with the sidebar folded below chapter level and print (single-page) output on.
 * Only keys documented for both mdBook 0.4 and 0.5 are used.
 */
export function bookToml(config: GlossaryConfig, book: Book): string {
  return [
    '[book]',
    `title = ${tomlString(book.title)}`,
    `authors = [${tomlString(`${config.title} contributors`)}]`,
    `description = ${tomlString(book.description)}`,
    `language = ${tomlString(config.language)}`,
    `src = "src"`,
    '',
    '[build]',
    'create-missing = false',
    '',
    '[output.html]',
    'no-section-label = false',
    '',
    '[output.html.fold]',
    'enable = true',
    'level = 1',
    '',
    '[output.html.print]',
    'enable = true',
    '',
  ].join('\n');
}
