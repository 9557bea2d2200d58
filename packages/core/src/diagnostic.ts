/**
 * A problem found in the content, with the place it was found and a hint on how to fix it.
 */
export interface Diagnostic {
  /** The file, relative to the content folder (e.g. `terms/inner-alignment.md`). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly severity: 'error' | 'warning';
  /** The rule that found it, kebab-case (e.g. `unknown-relation-target`). */
  readonly rule: string;
  /** The field, as a dotted path (e.g. `relations.broader[0]`), when the problem is in one. */
  readonly field?: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
}

/** A position in a file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Turns a property path such as `['relations', 'broader', 0]` into `relations.broader[0]`. */
export function toDotPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** Orders diagnostics by file, then position, then rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
