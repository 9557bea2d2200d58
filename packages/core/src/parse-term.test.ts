import { describe, expect, it } from 'vitest';
import { isAllowedLink, parseTerm, termLinkTarget } from './parse-term.js';

const valid = (extra = '', body = 'Body with a [link](term:other-term).') => `---
id: sample
term: Sample
shortDefinition: A sample term.
category: basics
status: draft
${extra}---

${body}
`;

describe('parseTerm', () => {
  it('parses front matter and body into a term with an mdast tree and no positions', () => {
    const { term, diagnostics } = parseTerm('terms/sample.md', valid());
    expect(diagnostics).toEqual([]);
    expect(term?.frontmatter.term).toBe('Sample');
    expect(term?.frontmatter.relations).toEqual({ broader: [], related: [], contrasts: [], mitigates: [] });
    expect(term?.explanation.type).toBe('root');
    expect(JSON.stringify(term?.explanation)).not.toContain('"position"');
    expect(term?.termLinks).toEqual([{ target: 'other-term', line: 9, column: 13 }]);
    expect(term?.explanationText).toBe('Body with a link.');
    expect(term?.wordCount).toBe(4);
  });

  it('gives the same tree for the same body however long the front matter is', () => {
    const a = parseTerm('terms/sample.md', valid()).term!;
    const b = parseTerm('terms/sample.md', valid('aliases: [one, two]\n')).term!;
    expect(b.explanation).toEqual(a.explanation);
  });

  it('accepts a BOM and CRLF line endings with the same positions', () => {
    const crlf = `\ufeff${valid('relations:\n  broader: [x]\n')}`.replace(/\n/g, '\r\n');
    const { term, diagnostics } = parseTerm('terms/sample.md', crlf);
    expect(diagnostics).toEqual([]);
    expect(term?.positions['relations.broader[0]']).toEqual({ line: 8, column: 13 });
  });

  it('rejects NUL bytes and invalid UTF-8 with a position', () => {
    expect(parseTerm('terms/sample.md', valid().replace('A sample', 'A\u0000sample')).diagnostics[0]).toMatchObject({ rule: 'invalid-character', line: 4 });
    const bytes = Buffer.concat([Buffer.from(valid().slice(0, 20)), Buffer.from([0xff, 0xfe]), Buffer.from(valid().slice(20))]);
    expect(parseTerm('terms/sample.md', bytes).diagnostics[0]).toMatchObject({ rule: 'invalid-utf8', file: 'terms/sample.md', line: 3 });
  });

  it('reports a missing or unclosed front matter at 1:1', () => {
    expect(parseTerm('terms/a.md', 'no front matter').diagnostics[0]).toMatchObject({ rule: 'missing-frontmatter', line: 1, column: 1 });
    expect(parseTerm('terms/a.md', '---\nid: a\n').diagnostics[0]).toMatchObject({ rule: 'missing-frontmatter', message: 'the front matter is not closed' });
  });

  it('rejects __proto__ and constructor keys as unknown fields without polluting prototypes', () => {
    const { term, diagnostics } = parseTerm('terms/sample.md', valid('__proto__:\n  polluted: yes\nconstructor: x\n'));
    expect(term?.invalidFields).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(term?.frontmatter)).toBe(Object.prototype);
    expect(diagnostics.map((d) => d.field)).toEqual(['__proto__', 'constructor']);
    expect(diagnostics[0]).toMatchObject({ rule: 'unknown-field', line: 7, column: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects images and level-1 headings in the body', () => {
    const { diagnostics } = parseTerm('terms/sample.md', valid('', '# Title\n\n![x](http://example.org/x.png)'));
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['heading-level', 9], ['no-images', 11]]);
  });

  it('refuses aliases to the YAML alias bomb', () => {
    const bomb = 'aliases: &a [x, x, x, x, x, x, x, x, x]\nexamples: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n';
    const { term, diagnostics } = parseTerm('terms/sample.md', valid(bomb));
    expect(term?.invalidFields ?? []).not.toContain('id');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.line >= 1 && d.file === 'terms/sample.md')).toBe(true);
  });
});

describe('salvaging a term whose front matter breaks the schema', () => {
  it('keeps the valid fields so cross-file checks still run, and marks the broken ones', () => {
    const long = 'x'.repeat(300);
    const { term, diagnostics } = parseTerm('terms/sample.md', valid(`relations:\n  broader: [nowhere]\n`).replace('A sample term.', long));
    expect(diagnostics.map((d) => d.message)).toEqual(['shortDefinition must be at most 280 characters (it has 300)']);
    expect(term?.invalidFields).toEqual(['shortDefinition']);
    expect(term?.frontmatter.relations.broader).toEqual(['nowhere']);
    expect(term?.frontmatter.shortDefinition).toBe('(invalid short definition)');
  });
  it('gives up when a required field cannot be replaced', () => {
    expect(parseTerm('terms/sample.md', valid().replace('id: sample', 'id: Not An Id')).term?.frontmatter.id).toBe('sample');
    expect(parseTerm('terms/Bad Name.md', valid().replace('id: sample', 'id: Not An Id')).term).toBeUndefined();
  });
});

describe('the body dialect: CommonMark plus GFM tables', () => {
  it('parses a GFM table', () => {
    const { term } = parseTerm('terms/sample.md', valid('', '| a | b |\n| - | - |\n| 1 | 2 |'));
    expect(term?.explanation.children.map((n) => n.type)).toEqual(['table']);
  });
  it('leaves bare URLs and e-mail addresses as text, so they are neither links nor rejected as mailto:', () => {
    const { term, diagnostics } = parseTerm('terms/sample.md', valid('', 'See www.example.org, https://example.org or ask someone@example.org.'));
    expect(diagnostics).toEqual([]);
    const paragraph = term?.explanation.children[0];
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((n) => n.type)).toEqual(['text']);
  });
  it('does not read ~~strikethrough~~, task lists or footnotes as GFM', () => {
    const { term } = parseTerm('terms/sample.md', valid('', '~~old~~ text[^1]\n\n- [ ] task\n\n[^1]: note'));
    const types: string[] = [];
    const walk = (n: { type: string; children?: unknown[] }) => { types.push(n.type); n.children?.forEach((c) => walk(c as typeof n)); };
    walk(term!.explanation);
    expect(types).not.toContain('delete');
    expect(types).not.toContain('footnoteReference');
    expect(types).not.toContain('footnoteDefinition');
    expect(JSON.stringify(term!.explanation)).not.toContain('"checked":false');
  });
});

describe('links', () => {
  it.each([
    ['https://example.org', true], ['http://x.y/z', true], ['term:inner-alignment', true], ['#section', true],
    ['../relative.md', true], ['javascript:alert(1)', false], ['JAVASCRIPT:alert(1)', false], ['data:text/html,x', false],
    ['//evil.example/x', false], ['mailto:a@b.c', false], ['vbscript:x', false],
  ])('isAllowedLink(%s) is %s', (url, ok) => {
    expect(isAllowedLink(url)).toBe(ok);
  });
  it('termLinkTarget extracts the id and drops a fragment', () => {
    expect(termLinkTarget('term:goal-misgeneralization#examples')).toBe('goal-misgeneralization');
    expect(termLinkTarget('https://example.org')).toBeUndefined();
  });
});
