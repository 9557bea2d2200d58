import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { load, MINI, renderToTemp } from '../test-utils/fixtures.js';
import { literalUnion } from './api-declarations.js';

const dist = await renderToTemp(await load(MINI));
const root = path.dirname(dist);

/** Type-checks the given files (relative to the rendered package's folder) strictly; returns "file:line TScode message" lines. */
async function typeCheck(files: Record<string, string>, options: ts.CompilerOptions): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
  const program = ts.createProgram(Object.keys(files).map((f) => path.join(root, f)), {
    strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['lib.es2022.d.ts'], target: ts.ScriptTarget.ES2022, ...options,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

const nodenext = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };

const esmConsumer = `import { categories, comparisons, getRelated, getTerm, getTermsByCategory, searchTerms, terms, version, type Term, type TermId } from './dist/index.js';
import gamma from './dist/terms/gamma-star.js';

const id: TermId = 'alpha';
const alpha: Term = getTerm(id);
const maybe: Term | undefined = getTerm('First letter');
const literal: 'gamma-star' = gamma.id;
const narrower: readonly Term[] = getRelated('alpha', 'narrower');
const firstTarget: TermId | undefined = alpha.relations.mitigatedBy[0];
const found: readonly Term[] = searchTerms('a', { limit: 3 });
const inCategory: readonly Term[] = getTermsByCategory('empty');
const cells: string | undefined = comparisons[0]?.rows[0]?.values.alpha;
export const all = [version, terms.length, categories.length, maybe, literal, narrower, firstTarget, found, inCategory, cells];
`;

describe('literalUnion', () => {
  it('writes one literal per line, or never', () => {
    expect(literalUnion(['a', 'b'])).toBe('\n  | "a"\n  | "b"');
    expect(literalUnion([])).toBe(' never');
  });
});

describe('the generated declarations', () => {
  it('type-check strictly from an ES module and from CommonJS', async () => {
    const cjsConsumer = `import api = require('./dist/index.cjs');
import beta = require('./dist/terms/beta.cjs');
const id: api.TermId = beta.id;
export const label: string = api.getTerm(id).term;
`;
    expect(await typeCheck({ 'esm-consumer.mts': esmConsumer, 'cjs-consumer.cts': cjsConsumer }, nodenext)).toEqual([]);
  });

  it('reject a misspelt id, naming it', async () => {
    const bad = `import { getRelated, type TermId } from './dist/index.js';
export const id: TermId = 'alpah';
export const related = getRelated('gama-star');
`;
    const errors = await typeCheck({ 'bad.mts': bad }, nodenext);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^bad\.mts:2 TS(2322|2820) Type '"alpah"' is not assignable to type 'TermId'/);
    expect(errors[1]).toMatch(/^bad\.mts:3 TS(2345|2820) Argument of type '"gama-star"' is not assignable to parameter of type 'TermId'/);
  });
});
