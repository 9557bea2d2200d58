import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatDiagnostics } from './format-diagnostics.js';
import { loadGlossary } from './load.js';

const broken = fileURLToPath(new URL('../test/fixtures/broken', import.meta.url));

describe('validate: the broken fixture (one mistake per file)', () => {
  let diagnostics: readonly Diagnostic[];
  let lines: string[];
  let glossaryReturned: boolean;
  beforeAll(async () => {
    const result = await loadGlossary(broken);
    diagnostics = result.diagnostics;
    glossaryReturned = result.glossary !== undefined;
    lines = formatDiagnostics(diagnostics.filter((d) => d.severity === 'error'), { root: 'content', hints: false }).split('\n');
  });

  const cases: [string, string][] = [
    ['unknown relation target, with a suggestion', 'content/terms/typo-target.md:8:13 error relations.broader[0]: unknown term "inner-alignmnet" (did you mean "inner-alignment"?) [unknown-relation-target]'],
    ['YAML syntax', 'content/terms/broken-yaml.md:4:18 error YAML syntax error: Implicit keys need to be on a single line [yaml-syntax]'],
    ['duplicate YAML key', 'content/terms/duplicate-key.md:7:1 error duplicate key in YAML: this key appears twice [yaml-duplicate-key]'],
    ['file name differs from id', 'content/terms/file-name-mismatch.md:2:5 error id: id "another-name" does not match the file name "file-name-mismatch.md" [file-name-mismatch]'],
    ['missing required field', 'content/terms/missing-label.md:2:1 error term: is required but missing [missing-field]'],
    ['unknown field, with a suggestion', 'content/terms/unknown-field.md:7:1 error shortDefiniton: unknown field "shortDefiniton" (did you mean "shortDefinition"?) [unknown-field]'],
    ['short definition too long', 'content/terms/long-definition.md:4:18 error shortDefinition: shortDefinition must be at most 280 characters (it has 300) [invalid-field]'],
    ['unknown category', 'content/terms/wrong-category.md:5:11 error category: unknown category "basic" (did you mean "basics"?) [unknown-category]'],
    ['alias equal to another label', 'content/terms/wrong-category.md:7:11 error aliases[0]: alias "Outer alignment" is already the label of term "outer-alignment" [duplicate-name]'],
    ['self-relation', 'content/terms/self-loop.md:8:13 error relations.related[0]: "self-loop" relates to itself [self-relation]'],
    ['cycle through broader', 'content/terms/cycle-a.md:8:13 error relations.broader[0]: "broader" relations form a cycle: cycle-a → cycle-b → cycle-c → cycle-a [broader-cycle]'],
    ['relation written in both directions', 'content/terms/inner-alignment.md:8:30 error relations.related[1]: "inner-alignment" → "both-ways" (related) is also written from the other side ("both-ways" related "inner-alignment") [relation-both-directions]'],
    ['raw HTML in the body', 'content/terms/html-body.md:10:6 error raw HTML is not allowed in term bodies [no-raw-html]'],
    ['javascript: link', 'content/terms/html-body.md:10:33 error link "javascript:alert(1)" uses a scheme that is not allowed [link-scheme]'],
    ['unknown term: link in the body', 'content/terms/html-body.md:10:69 error unknown term "ghost-term" [unknown-term-link]'],
    ['non-http source URL', 'content/terms/bad-source.md:12:10 error sources[0].url: must be an absolute http(s) URL, e.g. "https://arxiv.org/abs/1906.01820" [invalid-field]'],
    ['stable term without a source', 'content/terms/stable-no-source.md:2:1 error the term cites no source [missing-source]'],
    ['stable term without relations', 'content/terms/stable-no-source.md:2:1 error relations: the term has no relations at all [orphan-term]'],
    ['stable term without an example', 'content/terms/stable-no-source.md:2:1 error examples: the term has no example [min-examples]'],
    ['stable term with a short explanation', 'content/terms/stable-no-source.md:8:1 error the explanation has 7 words; 120–400 are expected [explanation-length]'],
    ['near-duplicate short definition', 'content/terms/stable-no-source.md:4:18 error shortDefinition: the short definition duplicates the one of "bad-source" [duplicate-definition]'],
    ['relation to an ancestor (SKOS S27)', 'content/terms/s27-grandchild.md:9:15 error relations.contrasts[0]: "s27-grandchild" contrasts "outer-alignment", but "outer-alignment" is already broader (through "broader" links) than the other [related-to-ancestor]'],
    ['TODO placeholders left in a stable term', 'content/terms/todo-left.md:2:1 error the term still contains "TODO" placeholders [todo-placeholder]'],
    ['comparison row missing a value', 'content/comparisons/half-filled.yaml:7:7 error rows[0].values: row "Focus" has no value for "outer-alignment" [comparison-missing-value]'],
    ['diagram edge to an unknown node', 'content/diagrams/dangling.yaml:11:9 error edges[0].to: unknown node "finsh" (did you mean "finish"?) [unknown-diagram-node]'],
  ];
  it.each(cases)('reports %s', (_name, line) => {
    expect(lines).toContain(line);
  });

  it('reports every problem at once, sorted, and returns no glossary', () => {
    expect(glossaryReturned).toBe(false);
    expect(new Set(lines.map((l) => l.split(' ')[0]!.split(':')[0])).size).toBeGreaterThanOrEqual(15);
    const keys = diagnostics.map((d) => `${d.file}\u0000${String(d.line).padStart(6, '0')}\u0000${String(d.column).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives every error a hint on how to fix it', () => {
    const withoutHint = diagnostics.filter((d) => d.severity === 'error' && !d.hint);
    expect(withoutHint.map((d) => `${d.file} ${d.rule}`)).toEqual([]);
  });

  it('only warns for draft terms on quality rules', () => {
    const draftQuality = diagnostics.filter((d) => d.file === 'terms/outer-alignment.md');
    expect(draftQuality.length).toBeGreaterThan(0);
    expect(draftQuality.every((d) => d.severity === 'warning')).toBe(true);
  });
});
