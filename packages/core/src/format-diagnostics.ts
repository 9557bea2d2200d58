import type { Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  /** Prefix for file paths, e.g. `content` → `content/terms/x.md`. (optional) */
  readonly root?: string;
  /** Print hints under each message. Default true. (optional) */
  readonly hints?: boolean;
}

/**
 * Formats diagnostics for a terminal, one per line in the form
 * `content/terms/x.md:12:3 error relations.broader[0]: unknown term "x" (did you mean "y"?)`,
 * each followed by an indented `hint:` line when there is one.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    const file = options.root ? joinPath(options.root, d.file) : d.file;
    const field = d.field ? `${d.field}: ` : '';
    lines.push(`${file}:${d.line}:${d.column} ${d.severity} ${field}${d.message} [${d.rule}]`);
    if (d.hint && options.hints !== false) lines.push(`  hint: ${d.hint}`);
  }
  return lines.join('\n');
}

/** Summarises counts, e.g. `2 errors, 1 warning in 2 files`. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no problems';
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

function joinPath(root: string, file: string): string {
  const trimmed = root.replace(/[\\/]+$/, '');
  return trimmed === '' || trimmed === '.' ? file : `${trimmed}/${file}`;
}
