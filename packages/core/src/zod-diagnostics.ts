import type * as z from 'zod';
import type { Diagnostic, Position } from './diagnostic.js';
import { toDotPath } from './diagnostic.js';
import { locate, type PositionMap } from './yaml-positions.js';

/**
 * Turns zod issues into diagnostics that point at the offending field's line and column.
 * An unknown key becomes one diagnostic per key, pointing at the key itself.
 */
export function zodDiagnostics(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  positions: PositionMap,
  fallback: Position,
  allowedKeys?: (path: readonly PropertyKey[]) => readonly string[],
  data?: unknown,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const pos = positions[`key:${toDotPath(path)}`] ?? locate(positions, path, fallback);
        const allowed = allowedKeys?.(issue.path) ?? [];
        const near = allowed.length > 0 ? didYouMean(key, allowed) : undefined;
        out.push({
          file, ...pos, severity: 'error', rule: 'unknown-field', field: toDotPath(path),
          message: `unknown field "${key}"${near ? ` (did you mean "${near}"?)` : ''}`,
          hint: allowed.length > 0 ? `allowed fields here: ${allowed.join(', ')}` : 'remove it; unknown fields are usually typos',
        });
      }
      continue;
    }
    const pos = locate(positions, issue.path, fallback);
    const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    out.push({
      file, ...pos, severity: 'error', rule: missing ? 'missing-field' : 'invalid-field',
      field: toDotPath(issue.path) || undefined,
      message: missing ? 'is required but missing' : cleanMessage(issue) + lengthNote(issue, data),
      hint: missing ? 'add this field; see content/README.md for the term template' : hintFor(issue),
    } as Diagnostic);
  }
  return out;
}

/** " (it has 312)" for a string that is too long or too short, read from the input at the issue's path. */
function lengthNote(issue: z.core.$ZodIssue, data: unknown): string {
  if ((issue.code !== 'too_big' && issue.code !== 'too_small') || issue.origin !== 'string' || data === undefined) return '';
  let value: unknown = data;
  for (const key of issue.path) value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return typeof value === 'string' ? ` (it has ${value.trim().length})` : '';
}

function cleanMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}, not ${describe((issue as { input?: unknown }).input)}`;
  return issue.message;
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'too_big' && issue.origin === 'string') return 'shorten it: say what the term is in one or two sentences and move detail into the explanation';
  if (issue.code === 'invalid_type' && issue.expected === 'array') return 'write a YAML list, e.g. "[a, b]" or one "- item" per line';
  if (issue.code === 'invalid_type' && issue.expected === 'string') return 'quote the value if YAML reads it as something else (e.g. "yes", "1.0", dates)';
  if (issue.code === 'invalid_value') return 'use one of the values listed in the message';
  return 'fix the value; the rules for every field are in content/README.md';
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** Levenshtein distance, bounded: returns `max + 1` once the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within a third of the word's length (at least 2 edits), or undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const max = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, max);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= max ? best : undefined;
}
