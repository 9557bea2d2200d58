import { expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatDiagnostics, summarizeDiagnostics } from './format-diagnostics.js';

const d: Diagnostic = { file: 'terms/x.md', line: 12, column: 3, severity: 'error', rule: 'unknown-relation-target', field: 'relations.broader[0]', message: 'unknown term "inner-alignmnet" (did you mean "inner-alignment"?)', hint: 'change it to "inner-alignment"' };

it('prints file:line:column, severity, field, message, rule and hint', () => {
  expect(formatDiagnostics([d], { root: 'content/' })).toBe(
    'content/terms/x.md:12:3 error relations.broader[0]: unknown term "inner-alignmnet" (did you mean "inner-alignment"?) [unknown-relation-target]\n  hint: change it to "inner-alignment"',
  );
  expect(formatDiagnostics([d], { hints: false })).not.toContain('hint');
});

it('summarises counts', () => {
  expect(summarizeDiagnostics([])).toBe('no problems');
  expect(summarizeDiagnostics([d, { ...d, severity: 'warning' }, { ...d, file: 'terms/y.md' }])).toBe('2 errors, 1 warning in 2 files');
});
