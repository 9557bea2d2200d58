import type { ContentFiles } from './glossary-content.js';

/** Script-injection attempts. Every one is legal in a plain-text field, so renderers must escape it. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '</script><script>alert(1)</script>',
  '</textarea></title><script>alert(1)</script>',
  '{{c1::x}}<b onmouseover=alert(1)>b</b>',
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  // aimed at generated JavaScript and declarations (the npm package): comments, template and string literals
  '*/ globalThis.pwned = 1; /*',
  '${globalThis.pwned = 1}',
  "'); globalThis.pwned = 1; ('",
  '"); globalThis.pwned = 1; ("',
];
const ALL = PAYLOADS.join(' ');
const q = (s: string) => JSON.stringify(s);
const fit = (max: number) => q(ALL.slice(0, max).trim());

/** A body that passes core (no raw HTML, allowed link schemes) while probing every escaping path of renderers. */
const body = (self: string, other: string) => `This term links [its neighbour](term:${other}) and itself as [${self}](term:${self}).

An entity-encoded tag &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; are text, as is
\`<script>alert(1)</script>\` in code. A [titled link](https://example.org/a "t\\" onmouseover=\\"alert(1)") and a
[link with a quote](https://example.org/%22onmouseover=%22alert(1)) and \\<b onclick=alert(1)\\>escaped\\</b\\>.

\`\`\`html
<script>alert(1)</script>
\`\`\`

| a | b |
|---|---|
| &lt;iframe src=javascript:alert(1)&gt; | \`<svg onload=alert(1)>\` |
`;

/**
 * A valid content folder whose every plain-text field carries {@link PAYLOADS}: labels, definitions, examples,
 * FAQ, sources, category, comparison, diagram and book titles.
 */
export function hostileContent(): ContentFiles {
  const files = new Map<string, string>();
  files.set('glossary.yaml', `title: ${fit(120)}\ndescription: ${fit(800)}\nlanguage: en\nsiteUrl: https://example.org/g\niriBase: https://example.org/g/terms/\nlicense: CC-BY-4.0\n`);
  files.set('categories/basics.yaml', `id: basics\ntitle: ${fit(80)}\ndescription: ${fit(600)}\norder: 1\n`);
  const terms: [string, string, string][] = [['a', '', 'b'], ['b', 'a', 'c'], ['c', 'a', 'a']];
  terms.forEach(([id, broader, other], i) => {
    files.set(`terms/${id}.md`, `---
id: ${id}
term: ${q(`${[PAYLOADS[0], PAYLOADS[10], PAYLOADS[11]][i]} ${id}`)}
aliases: [${q(`${[PAYLOADS[1], PAYLOADS[12], PAYLOADS[13]][i]} alias ${id}`)}]
shortDefinition: ${q(`${ALL.slice(0, 260)} ${id}`)}
category: basics
status: draft
relations:
  broader: [${broader}]
  related: [${id === 'c' ? 'b' : ''}]
examples:
  - title: ${fit(120)}
    text: ${fit(1200)}
faq:
  - question: ${fit(200)}
    answer: ${fit(1200)}
sources:
  - title: ${fit(300)}
    authors: [${fit(120)}, ${q(PAYLOADS.slice(10, 12).join(' '))}]
    year: 2020
    kind: paper
    venue: ${fit(200)}
    url: "https://example.org/p?q=%3Cscript%3E&x=1"
---

${body(id, other)}`);
  });
  files.set('comparisons/a-vs-b.yaml', `id: a-vs-b\ntitle: ${fit(120)}\ndescription: ${fit(800)}\nterms: [a, b]\nrows:\n  - aspect: ${fit(80)}\n    values:\n      a: ${fit(300)}\n      b: ${fit(300)}\n`);
  files.set('diagrams/d.yaml', `id: d\ntitle: ${fit(120)}\ndescription: ${fit(800)}\nnodes:\n  - id: n1\n    label: ${fit(80)}\n    term: a\n  - id: n2\n    label: ${q(PAYLOADS[2]!)}\nedges:\n  - from: n1\n    to: n2\n    label: ${fit(80)}\n`);
  files.set('books/full.yaml', `id: full\ntitle: ${fit(120)}\ndescription: ${fit(800)}\nchapters:\n  - category: basics\n`);
  files.set('books/small.yaml', `id: small\ntitle: ${fit(120)}\ndescription: ${fit(800)}\nappendix: neighbours\nchapters:\n  - id: one\n    title: ${fit(120)}\n    description: ${fit(600)}\n    terms: [c]\n`);
  return files;
}
