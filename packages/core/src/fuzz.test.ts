// Property-based robustness tests of the loader: hostile, mutated and random input never crashes it, and every
// problem comes back as a diagnostic with a file and a position. Runs are bounded and seeded; set FC_SEED to
// replay another seed (fast-check prints the seed and the shrunk counterexample of any failure).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { loadGlossary, type TermParser } from './load.js';
import { cachedTermParser } from './parse-cache.js';
import { parseTerm, type ParseTermResult } from './parse-term.js';
import { parseYamlFile } from './parse-yaml-file.js';
import { BookInput, Category, Comparison, Diagram, GlossaryConfig } from './schema.js';
import { validate, type ContentFiles } from './validate.js';

const SEED = Number(process.env.FC_SEED ?? 20251125);
const RUNS = { numRuns: 200, seed: SEED };
const mini = fileURLToPath(new URL('../test/fixtures/mini', import.meta.url));
const TEMPLATES = readdirSync(path.join(mini, 'terms')).sort().map((name) => ({ name, text: readFileSync(path.join(mini, 'terms', name), 'utf8') }));
const YAML_TEMPLATES = ['categories/basics.yaml', 'comparisons/alpha-vs-beta.yaml', 'diagrams/chain.yaml', 'books/small.yaml'].map((file) => ({ file, text: readFileSync(path.join(mini, file), 'utf8') }));
const SCHEMAS = { categories: Category, comparisons: Comparison, diagrams: Diagram, books: BookInput } as const;

/** Snippets that have broken parsers before: YAML structure, prototype keys, control characters, HTML, schemes. */
const HOSTILE = [
  '\u0000', '\ufeff', '\r\n', '\r', '\n', '\t', '---\n', '---', ':', ': ', '- ', '? ', '&a ', '*a', '!!js/function ', '!!binary ',
  '!<tag:yaml.org,2002:js/undefined> ', '%YAML 1.1\n', '"', "'", '{', '[', '}', ']', '#', '|', '>-', '<<: *a\n', '\\',
  '__proto__: {polluted: yes}\n', '__proto__:\n  polluted: yes\n', 'constructor:\n  prototype:\n    polluted: yes\n',
  'prototype: {polluted: yes}\n', '"__proto__": [1]\n', 'toString: 1\n', 'hasOwnProperty: x\n',
  'id: duplicate\n', 'term: Again\n', 'relations:\n  broader: [alpha, alpha, beta]\n', 'relations: {broader: [alpha]}\n',
  'status: deprecated\n', 'replacedBy: alpha\n', 'year: 99999999999999999999\n', 'year: .nan\n', 'url: javascript:alert(1)\n',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '[x](data:text/html,hi)',
  '![i](x.png)', '# Heading\n', '[x]: javascript:alert(1)\n', '[](term:)', '[y](term:../../etc/passwd)',
  '\ud800', '\udfff', '\u2028', '\u202e', '😀', 'x'.repeat(5000), '[['.repeat(300), '{'.repeat(300), '- '.repeat(200),
];

interface Op { readonly kind: 'insert' | 'delete' | 'replace' | 'dupline' | 'swaplines'; readonly at: number; readonly len: number; readonly text: string }
const op = fc.record({
  kind: fc.constantFrom<Op['kind']>('insert', 'delete', 'replace', 'dupline', 'swaplines'),
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  text: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme-ascii', maxLength: 40 })),
});

function mutate(text: string, ops: readonly Op[]): string {
  let s = text;
  for (const o of ops) {
    const at = s.length ? o.at % (s.length + 1) : 0;
    if (o.kind === 'insert') s = s.slice(0, at) + o.text + s.slice(at);
    else if (o.kind === 'delete') s = s.slice(0, at) + s.slice(at + o.len);
    else if (o.kind === 'replace') s = s.slice(0, at) + o.text + s.slice(at + o.len);
    else {
      const lines = s.split('\n');
      const i = o.at % lines.length;
      const j = (o.at + o.len + 1) % lines.length;
      if (o.kind === 'dupline') lines.splice(i, 0, lines[i]!); // duplicate keys, repeated list items, repeated fences
      else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      s = lines.join('\n');
    }
  }
  return s;
}

/** Random YAML in flow style: deep nesting, prototype keys, huge and odd scalars. */
const yamlValue: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', '~', '1e999', '-0', '0x1F', '2019-01-01', '.inf', '""', "''", '*a', '&a x', '!!str 1', '<script>x</script>', 'javascript:alert(1)'),
    fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => JSON.stringify(s)),
    fc.integer({ min: 1, max: 5 }).map((k) => JSON.stringify('ä'.repeat(k * 20_000))),
    fc.array(tie('node'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'term', 'relations', 'broader', 'toString', 'valueOf', '<<', '"__proto__"'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }).map((k) => JSON.stringify(k))), tie('node')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  ),
})).node;

const frontMatterKeys = fc.constantFrom('id', 'term', 'aliases', 'abbreviation', 'shortDefinition', 'category', 'status', 'replacedBy', 'formerIds', 'relations', 'examples', 'faq', 'sources', '__proto__', 'constructor', 'prototype');
const randomTermFile = fc.tuple(fc.array(fc.tuple(frontMatterKeys, yamlValue), { maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 200 }))
  .map(([fields, body]) => `---\n${fields.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`);
const deepNesting = fc.integer({ min: 60, max: 3000 }).map((depth) => `---\nid: deep\nrelations: ${'['.repeat(depth)}${']'.repeat(depth)}\nfaq:\n${Array.from({ length: Math.min(depth, 200) }, (_, i) => `${'  '.repeat(i)}- a:`).join('\n')} x\n---\nbody\n`);

/** Term file contents as text or bytes: mutated templates, random YAML, deep nesting, BOM, CRLF, invalid UTF-8. */
const termInput: fc.Arbitrary<string | Uint8Array> = fc.tuple(
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...TEMPLATES), fc.array(op, { minLength: 1, maxLength: 6 })).map(([t, ops]) => mutate(t.text, ops)) },
    { weight: 2, arbitrary: randomTermFile },
    { weight: 1, arbitrary: deepNesting },
  ),
  fc.record({ bom: fc.boolean(), crlf: fc.boolean(), bytes: fc.boolean(), badUtf8: fc.option(fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82])), { nil: undefined }) }),
).map(([text, how]) => {
  let s = how.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  if (how.bom) s = `\ufeff${s}`;
  if (!how.bytes && !how.badUtf8) return s;
  const bytes = Buffer.from(s, 'utf8');
  if (!how.badUtf8) return new Uint8Array(bytes);
  const [at, bad] = how.badUtf8;
  const i = at % (bytes.length + 1);
  return new Uint8Array(Buffer.concat([bytes.subarray(0, i), Buffer.from(bad), bytes.subarray(i)]));
});

const lineCount = (input: string | Uint8Array) => (typeof input === 'string' ? input : Buffer.from(input).toString('utf8')).split(/\r\n|\r|\n/).length;

function expectPositioned(diagnostics: readonly Diagnostic[], file: string, lines?: number) {
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
    if (lines !== undefined) expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

/** Everything observable about the built-in prototypes, to prove parsing hostile input pollutes none of them. */
function prototypeSnapshot(): string {
  const describeProto = (o: object) => Reflect.ownKeys(o).map((k) => `${String(k)}:${typeof Object.getOwnPropertyDescriptor(o, k)?.value}`).sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(describeProto).join('|');
}

let before: string;
beforeEach(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  expect(prototypeSnapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('parseTerm under hostile input (property)', () => {
  it('never throws; invalid input always yields positioned diagnostics in the file', () => {
    fc.assert(
      fc.property(termInput, (input) => {
        const result: ParseTermResult = parseTerm('terms/alpha.md', input);
        expectPositioned(result.diagnostics, 'terms/alpha.md', lineCount(input));
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (result.term === undefined) expect(errors.length).toBeGreaterThan(0);
        else {
          expect(JSON.stringify(result.term.explanation)).not.toContain('"position"');
          expect(Object.getPrototypeOf(result.term.frontmatter)).toBe(Object.prototype);
          expect(Object.hasOwn(result.term.frontmatter, '__proto__')).toBe(false);
        }
      }),
      RUNS,
    );
  }, 60_000);

  it('rejects raw HTML in a body with a position, wherever it is inserted', () => {
    const html = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<div>', '<!-- c -->', '<a href="javascript:x">x</a>');
    const alpha = TEMPLATES.find((t) => t.name === 'alpha.md')!.text;
    const bodyStart = alpha.indexOf('\n---\n') + 5;
    fc.assert(
      fc.property(html, fc.nat(), (tag, at) => {
        const lines = alpha.slice(bodyStart).split('\n');
        const i = at % lines.length;
        lines.splice(i, 0, '', tag, '');
        const { term, diagnostics } = parseTerm('terms/alpha.md', alpha.slice(0, bodyStart) + lines.join('\n'));
        expect(term).toBeDefined(); // the front matter is fine; the body is flagged
        expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'no-raw-html', severity: 'error' }));
      }),
      { numRuns: 50, seed: SEED },
    );
  }, 60_000);
});

describe('parseYamlFile under hostile input (property)', () => {
  it('never throws and positions every diagnostic, for every kind of YAML content file', () => {
    const input = fc.tuple(fc.constantFrom(...YAML_TEMPLATES), fc.array(op, { minLength: 1, maxLength: 6 }), fc.option(yamlValue, { nil: undefined }));
    fc.assert(
      fc.property(input, ([template, ops, extra]) => {
        const text = mutate(template.text, ops) + (extra ? `\nextra: ${extra}\n` : '');
        const schema = SCHEMAS[template.file.split('/')[0] as keyof typeof SCHEMAS];
        const result = parseYamlFile(template.file, text, schema);
        expectPositioned(result.diagnostics, template.file, lineCount(text));
        if (result.data === undefined) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      RUNS,
    );
  }, 60_000);
});

/** A small glossary whose relations, statuses and replacements are random: every cross-file rule gets exercised. */
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const termSpec = fc.record({
  status: fc.constantFrom('draft', 'draft', 'draft', 'stable', 'deprecated'),
  replacedBy: fc.option(fc.constantFrom(...ids, 'missing'), { nil: undefined }),
  broader: fc.uniqueArray(fc.constantFrom(...ids, 'missing'), { maxLength: 2 }),
  related: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
  contrasts: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 2 }),
  mitigates: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 1 }),
  alias: fc.option(fc.constantFrom('A', 'shared alias', 'b', 'Term c'), { nil: undefined }),
  links: fc.uniqueArray(fc.constantFrom(...ids, 'nowhere'), { maxLength: 3 }),
  category: fc.constantFrom('basics', 'basics', 'basics', 'unknown'),
});

type TermSpec = typeof termSpec extends fc.Arbitrary<infer T> ? T : never;

/** Specs that pass every rule: a broader tree over earlier terms plus one link to a non-ancestor. */
const cleanSpecs: fc.Arbitrary<TermSpec[]> = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('related', 'contrasts', 'mitigates') as fc.Arbitrary<'related' | 'contrasts' | 'mitigates'>), { minLength: ids.length, maxLength: ids.length })
  .map((picks) => {
    const parent: number[] = [];
    return picks.map(([p, q, kind], i) => {
      const spec: TermSpec = { status: 'draft', replacedBy: undefined, broader: [], related: [], contrasts: [], mitigates: [], alias: undefined, links: [ids[(i + 1) % ids.length]!], category: 'basics' };
      if (i === 0) return spec;
      parent[i] = p % i;
      spec.broader = [ids[parent[i]!]!];
      const ancestors = new Set<number>();
      for (let a: number | undefined = parent[i]; a !== undefined; a = parent[a]) ancestors.add(a);
      const j = q % i;
      if (!ancestors.has(j)) spec[kind] = [ids[j]!];
      return spec;
    });
  });

function termFile(id: string, s: TermSpec): string {
  const list = (xs: readonly string[]) => `[${xs.join(', ')}]`;
  return `---
id: ${id}
term: Term ${id}
${s.alias ? `aliases: [${JSON.stringify(s.alias)}]\n` : ''}shortDefinition: The definition of ${id}.
category: ${s.category}
status: ${s.status}
${s.replacedBy ? `replacedBy: ${s.replacedBy}\n` : ''}relations:
  broader: ${list(s.broader)}
  related: ${list(s.related)}
  contrasts: ${list(s.contrasts)}
  mitigates: ${list(s.mitigates)}
---

Body of ${id} ${s.links.map((l) => `[${l}](term:${l})`).join(' ')}.
`;
}

describe('validate under random cross-file structure (property)', () => {
  const category = parseYamlFile('categories/basics.yaml', readFileSync(path.join(mini, 'categories/basics.yaml'), 'utf8'), Category);
  const glossaryYaml = parseYamlFile('glossary.yaml', readFileSync(path.join(mini, 'glossary.yaml'), 'utf8'), GlossaryConfig, false);

  it('never throws, positions every diagnostic in its file, and a valid result has symmetric relations', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(fc.array(termSpec, { minLength: ids.length, maxLength: ids.length }), cleanSpecs), fc.option(fc.array(op, { maxLength: 2 }), { nil: undefined }), (specs, ops) => {
        const terms = specs.map((s, i) => {
          const file = `terms/${ids[i]}.md`;
          const text = termFile(ids[i]!, s);
          const parsed = parseTerm(file, ops && i === 0 ? mutate(text, ops) : text);
          return { file, term: parsed.term, diagnostics: parsed.diagnostics };
        });
        const content: ContentFiles = { config: glossaryYaml, terms, categories: [category], comparisons: [], diagrams: [], books: [] };
        const result = validate(content);
        for (const d of result.diagnostics) expectPositioned([d], d.file);
        expect(result.diagnostics.every((d) => d.file === 'glossary.yaml' || d.file.startsWith('terms/') || d.file.startsWith('categories/'))).toBe(true);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(result.glossary === undefined).toBe(errors.length > 0);
        const g = result.glossary;
        if (g) {
          valid++;
          expect(Object.isFrozen(g.terms[0]?.explanation)).toBe(true);
          for (const e of g.edges) {
            const inverse = { broader: 'narrower', related: 'related', contrasts: 'contrasts', mitigates: 'mitigatedBy' } as const;
            expect(g.relations.get(e.to)?.[inverse[e.kind]]).toContain(e.from);
          }
        }
      }),
      RUNS,
    );
    expect(valid).toBeGreaterThan(0); // some runs get past every rule, so the glossary checks above ran
  }, 60_000);
});

describe('the cache path (JSON round trip) under hostile input', () => {
  it('returns what parsing returned, and pollutes no prototype, on the first run and from the cache', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-fuzz-cache-'));
    const inner: TermParser = async (files) => files.map((f) => parseTerm(f.file, f.bytes));
    const samples = fc.sample(termInput, { numRuns: 150, seed: SEED }).map((input, i) => ({ file: `terms/t${i}.md`, bytes: typeof input === 'string' ? Buffer.from(input) : input }));
    const hostileProto = { file: 'terms/proto.md', bytes: Buffer.from('---\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nid: proto\n---\nx\n') };
    const files = [...samples, hostileProto];
    const cache = path.join(dir, 'terms.json');
    const first = await cachedTermParser(cache, inner)(files);
    const second = await cachedTermParser(cache, async () => {
      throw new Error('everything should come from the cache');
    })(files);
    expect(second).toEqual(JSON.parse(JSON.stringify(first)));
    expect(first.at(-1)?.diagnostics.map((d) => d.rule)).toContain('unknown-field');
  }, 60_000);

  it('ignores prototype keys planted in the cache file itself', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-fuzz-cache-'));
    const cache = path.join(dir, 'terms.json');
    const inner: TermParser = async (files) => files.map((f) => parseTerm(f.file, f.bytes));
    const files = [{ file: 'terms/alpha.md', bytes: Buffer.from(TEMPLATES[0]!.text) }];
    await cachedTermParser(cache, inner)(files);
    const bytes = await readFile(cache);
    const newline = bytes.indexOf(10);
    const stored = JSON.parse(bytes.toString('utf8', 0, newline)) as { format: number; key: string; entries: Record<string, unknown> };
    const [entryKey, entry] = Object.entries(stored.entries)[0]!;
    const header = `{"format":${stored.format},"key":${JSON.stringify(stored.key)},"__proto__":{"polluted":"yes"},"entries":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},${JSON.stringify(entryKey)}:${JSON.stringify(entry)}}}`;
    const planted = Buffer.concat([Buffer.from(header), bytes.subarray(newline)]);
    await writeFile(cache, planted);
    const results = await cachedTermParser(cache, inner)(files);
    expect(results[0]?.term?.frontmatter.id).toBe('alpha');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('loadGlossary on a folder of hostile files', () => {
  it('never throws and reports every file with positions', async () => {
    const inputs = fc.sample(termInput, { numRuns: 40, seed: SEED });
    const dir = await mkdtemp(path.join(tmpdir(), 'ag-fuzz-load-'));
    for (const sub of ['terms', 'categories', 'books']) await mkdir(path.join(dir, sub), { recursive: true });
    await writeFile(path.join(dir, 'glossary.yaml'), readFileSync(path.join(mini, 'glossary.yaml')));
    await writeFile(path.join(dir, 'categories/basics.yaml'), '__proto__: {polluted: yes}\nid: basics\n');
    await writeFile(path.join(dir, 'books/small.yaml'), Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0x00, 0x3a]));
    for (const [i, input] of inputs.entries()) await writeFile(path.join(dir, 'terms', `t${String(i).padStart(2, '0')}.md`), input);
    const result = await loadGlossary(dir);
    expect(result.glossary).toBeUndefined();
    for (const d of result.diagnostics) expectPositioned([d], d.file);
    const files = new Set(result.diagnostics.map((d) => d.file));
    expect(files.has('categories/basics.yaml')).toBe(true);
    expect(files.has('books/small.yaml')).toBe(true);
  }, 60_000);
});
