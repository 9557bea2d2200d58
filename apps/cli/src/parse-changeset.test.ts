import { describe, expect, it } from 'vitest';
import { parseChangeset } from './parse-changeset.js';

describe('parseChangeset', () => {
  it('reads the releases and the summary', () => {
    const parsed = parseChangeset('---\n"alignment-glossary": minor\n\'@alignment-glossary/core\': patch\n---\n\nAdd the term "reward tampering".\n');
    expect([...parsed.releases]).toEqual([['alignment-glossary', 'minor'], ['@alignment-glossary/core', 'patch']]);
    expect(parsed.summary).toBe('Add the term "reward tampering".');
  });

  it('accepts an empty changeset (no release) and CRLF line ends', () => {
    expect(parseChangeset('---\n---\n').releases.size).toBe(0);
    expect([...parseChangeset('---\r\nalignment-glossary: major\r\n---\r\nRename x.\r\n').releases]).toEqual([['alignment-glossary', 'major']]);
  });

  it('rejects what changesets would reject, saying what a valid file looks like', () => {
    expect(() => parseChangeset('alignment-glossary: minor')).toThrow(/front matter between two "---" lines, e.g.\n---\n"alignment-glossary": minor/);
    expect(() => parseChangeset('---\nalignment-glossary: big\n---\n')).toThrow('"alignment-glossary: big" is not a bump; use patch, minor or major');
    expect(() => parseChangeset('---\n- a\n---\n')).toThrow('must map package names to bumps');
    expect(() => parseChangeset('---\na: [\n---\n')).toThrow('not valid YAML');
  });
});
