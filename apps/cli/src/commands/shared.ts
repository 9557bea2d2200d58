import { loadGlossary, type ValidationResult } from '@alignment-glossary/core';
import path from 'node:path';
import { UsageError } from '../cli.js';

/** The content folder from the first positional argument, default ./content. */
export function contentDirFrom(positionals: readonly string[], fallback = 'content'): string {
  if (positionals.length > 1) throw new UsageError(`expected at most one content folder, got ${positionals.length}`);
  return positionals[0] ?? fallback;
}

/** The content folder as shown in messages: relative to the working directory. */
export function displayDir(dir: string): string {
  const rel = path.relative(process.cwd(), path.resolve(dir));
  return rel === '' ? '.' : rel.startsWith('..') ? path.resolve(dir) : rel;
}

export async function load(dir: string): Promise<ValidationResult> {
  return loadGlossary(dir);
}

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
