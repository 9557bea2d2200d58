import { describe, expect, it } from 'vitest';
import { parseTerm } from './parse-term.js';
import { parseYamlFile } from './parse-yaml-file.js';
import { Category } from './schema.js';

const term = (answer: string) => `---
id: sample
term: Sample
shortDefinition: A sample term.
category: basics
status: draft
faq:
  - question: Why?
    answer: ${answer}
---

Body.
`;

describe('plain-text fields', () => {
  it.each([['\\u001f', 'U+001F (the Anki field separator)'], ['\\0', 'NUL'], ['\\x07', 'BEL'], ['\\u0085', 'a C1 control']])(
    'reject %s (%s) written as a YAML escape, at the field',
    (escape) => {
      const { term: parsed, diagnostics } = parseTerm('terms/sample.md', term(`"one${escape}two"`));
      expect(parsed?.invalidFields).toEqual(['faq']);
      expect(diagnostics).toEqual([expect.objectContaining({ rule: 'invalid-field', field: 'faq[0].answer', line: 9, column: 13, message: expect.stringContaining('control characters') })]);
    },
  );

  it('keep tabs and line breaks', () => {
    const { term: parsed, diagnostics } = parseTerm('terms/sample.md', term('"one\\ttwo\\nthree"'));
    expect(diagnostics).toEqual([]);
    expect(parsed?.frontmatter.faq[0]?.answer).toBe('one\ttwo\nthree');
  });

  it('apply to every content file, not only terms', () => {
    const result = parseYamlFile('categories/c.yaml', 'id: c\ntitle: "A\\u0000B"\ndescription: D.\norder: 1\n', Category);
    expect(result.diagnostics).toMatchObject([{ rule: 'invalid-field', field: 'title', line: 2, column: 8 }]);
  });
});
