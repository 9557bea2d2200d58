import { describe, expect, it } from 'vitest';
import { commentText, formerIdModule, termModule } from './term-modules.js';
import { load, MINI } from './test-utils/fixtures.js';
import { toDataTerm } from './to-data-term.js';

const mini = await load(MINI);
const gamma = toDataTerm(mini.termsById.get('gamma-star')!, mini.relations.get('gamma-star'));
const banner = '// banner';
const contents = (files: { path: string; contents: string | Uint8Array }[], suffix: string) => String(files.find((f) => f.path.endsWith(suffix))!.contents);

describe('commentText', () => {
  it('cannot close the comment it sits in and stays on one line', () => {
    expect(commentText('a */ b\nc')).toBe('a *\\/ b c');
  });
});

describe('termModule', () => {
  const files = termModule(gamma, banner);

  it('writes the data as CommonJS, an ES module wrapper and declarations for both', () => {
    expect(files.map((f) => f.path)).toEqual(['terms/gamma-star.cjs', 'terms/gamma-star.js', 'terms/gamma-star.d.ts', 'terms/gamma-star.d.cts']);
    expect(contents(files, '.js')).toBe("import term from './gamma-star.cjs';\n\nexport default term;\n");
    expect(contents(files, '.cjs')).toContain(`module.exports = freeze(${JSON.stringify(gamma)});\n`);
    expect(contents(files, '.cjs')).not.toContain('require(');
  });

  it('types the term with its literal id and documents it', () => {
    expect(contents(files, '.d.ts')).toBe(
      "import type { Term } from '../index.js';\n\n/** The term \"a*b_c | `γ` 🚀\" of the Alignment Glossary. */\ndeclare const term: Term & { readonly id: \"gamma-star\" };\nexport default term;\n",
    );
    expect(contents(files, '.d.cts')).toContain("import type { Term } from '../index.cjs';");
    expect(contents(files, '.d.cts').endsWith('export = term;\n')).toBe(true);
  });
});

describe('formerIdModule', () => {
  const files = formerIdModule('old-gamma', gamma, banner);

  it('re-exports the renamed term and marks the declaration deprecated', () => {
    expect(files.map((f) => f.path)).toEqual(['terms/old-gamma.cjs', 'terms/old-gamma.js', 'terms/old-gamma.d.ts', 'terms/old-gamma.d.cts']);
    expect(contents(files, '.cjs')).toContain("module.exports = require('./gamma-star.cjs');\n");
    expect(contents(files, '.d.ts')).toContain('/** @deprecated "old-gamma" was renamed to "gamma-star" (a*b_c | `γ` 🚀); import "alignment-glossary/terms/gamma-star" instead. */');
    expect(contents(files, '.d.ts')).toContain('declare const term: Term & { readonly id: "gamma-star" };');
  });
});
