import type { RenderedFile } from '@alignment-glossary/core';
import type { DataTerm } from './to-data-term.js';

/** Inlined in every per-term module, so that importing one term loads nothing else. */
const FREEZE = `const freeze = (value) => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) freeze(value[key]);
    Object.freeze(value);
  }
  return value;
};`;

/** Makes text safe inside a block comment. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r?\n/g, ' ');
}

/** The four files of module `terms/<name>`: CommonJS source, its ES module wrapper, and declarations for both. */
function moduleFiles(name: string, cjs: string, doc: string, termId: string): RenderedFile[] {
  const declaration = (from: string, exported: string) =>
    `import type { Term } from '../${from}';\n\n${doc}\ndeclare const term: Term & { readonly id: ${JSON.stringify(termId)} };\n${exported}\n`;
  return [
    { path: `terms/${name}.cjs`, contents: cjs },
    { path: `terms/${name}.js`, contents: `import term from './${name}.cjs';\n\nexport default term;\n` },
    { path: `terms/${name}.d.ts`, contents: declaration('index.js', 'export default term;') },
    { path: `terms/${name}.d.cts`, contents: declaration('index.cjs', 'export = term;') },
  ];
}

/**
 * The files of one term's module, `alignment-glossary/terms/<id>`: the data as CommonJS (`<id>.cjs`), an ES module
 * wrapper (`<id>.js`) and declarations for both. The module's value is the term itself (a default export for
 * `import`, `module.exports` for `require`). Nothing else is loaded.
 *
 * @param term the term as shipped in the package
 * @param banner a one-line comment that opens each JavaScript file
 * @param json `JSON.stringify(term)`, when the caller has it already (glossary.json holds the same text)
 * @returns four files under `terms/`
 */
export function termModule(term: DataTerm, banner: string, json = JSON.stringify(term)): RenderedFile[] {
  // The label only: the definition is in the data, and repeating it in two declaration files per term would cost
  // about 7% of the tarball.
  const doc = `/** ${commentText(`The term "${term.term}" of the Alignment Glossary.`)} */`;
  const cjs = `'use strict';\n${banner}\n${FREEZE}\n\nmodule.exports = freeze(${json});\n`;
  return moduleFiles(term.id, cjs, doc, term.id);
}

/**
 * The files of a former id's module, `alignment-glossary/terms/<formerId>`, so that code written before a rename
 * keeps working: it re-exports the renamed term and emits a DeprecationWarning once per process.
 *
 * @param formerId the id the term had before the rename
 * @param term the renamed term
 * @param banner a one-line comment that opens each JavaScript file
 * @returns four files under `terms/`
 */
export function formerIdModule(formerId: string, term: DataTerm, banner: string): RenderedFile[] {
  const message = `alignment-glossary: "alignment-glossary/terms/${formerId}" is a former id of the term "${term.id}" (${term.term}); import "alignment-glossary/terms/${term.id}" instead.`;
  const doc = `/** @deprecated ${commentText(`"${formerId}" was renamed to "${term.id}" (${term.term}); import "alignment-glossary/terms/${term.id}" instead.`)} */`;
  const cjs = `'use strict';
${banner}
const warned = (globalThis[Symbol.for('alignment-glossary.warnedFormerIds')] ??= new Set());
if (!warned.has(${JSON.stringify(formerId)})) {
  warned.add(${JSON.stringify(formerId)});
  const message = ${JSON.stringify(message)};
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(message, { type: 'DeprecationWarning', code: 'ALIGNMENT_GLOSSARY_FORMER_ID' });
  } else if (typeof console === 'object' && console !== null) {
    console.warn('DeprecationWarning: ' + message);
  }
}

module.exports = require('./${term.id}.cjs');
`;
  return moduleFiles(formerId, cjs, doc, term.id);
}
