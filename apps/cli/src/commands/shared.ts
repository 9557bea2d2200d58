import { cachedTermParser, loadGlossary, parallelTermParser, type ValidationResult } from '@alignment-glossary/core';
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

/** Where parsed term files are cached between runs (override with GLOSSARY_CACHE_DIR). */
export function cacheFile(): string {
  return path.join(process.env.GLOSSARY_CACHE_DIR ?? '.glossary-cache', 'terms-v2.cache');
}

/**
 * Loads and validates a content folder: term files are parsed on all cores when there are many, and unchanged
 * files come from the per-file cache unless `cache` is false (or GLOSSARY_NO_CACHE=1).
 */
export async function load(dir: string, options: { cache?: boolean } = {}): Promise<ValidationResult> {
  const useCache = options.cache !== false && process.env.GLOSSARY_NO_CACHE !== '1';
  const parser = parallelTermParser();
  return loadGlossary(dir, { parseTerms: useCache ? cachedTermParser(cacheFile(), parser) : parser });
}

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
