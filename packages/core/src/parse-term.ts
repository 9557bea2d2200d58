import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { createRequire } from 'node:module';
import { toString } from 'mdast-util-to-string';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { Diagnostic, Position } from './diagnostic.js';
import { TermFrontmatter } from './schema.js';
import { splitFrontmatter } from './split-frontmatter.js';
import { parseYaml, type PositionMap } from './yaml-positions.js';
import { zodDiagnostics } from './zod-diagnostics.js';

/** A `term:` link found in a Markdown body, with its position. */
export interface TermLink {
  readonly target: string;
  readonly line: number;
  readonly column: number;
}

/** One term file, parsed: front matter checked against the schema, body parsed once into mdast. */
export interface ParsedTerm {
  readonly file: string;
  readonly frontmatter: TermFrontmatter;
  readonly explanation: Root;
  readonly explanationText: string;
  readonly wordCount: number;
  readonly termLinks: readonly TermLink[];
  readonly positions: PositionMap;
  /** SHA-256 of the file's bytes as read, hex. */
  readonly contentHash: string;
  /**
   * Top-level fields that failed the schema (already reported). They were dropped or given placeholders so the
   * cross-file checks can still run on the rest of the term; such a term never reaches a Glossary.
   */
  readonly invalidFields?: readonly string[];
}

export interface ParseTermResult {
  readonly term?: ParsedTerm;
  readonly diagnostics: Diagnostic[];
}

// The body alone goes through remark: the front matter is cut off first (splitFrontmatter), which saves
// tokenizing it character by character as Markdown. The dialect is CommonMark plus GFM tables (content/README.md):
// the rest of GFM (autolink literals above all) cost two thirds more parsing time per body, and turned a bare
// e-mail address into a mailto: link that the link rule then rejected.
// remark (a few hundred ES modules) is loaded on the first parse, synchronously through require(esm) (Node ≥ 20.19):
// a run served from the parse cache, or a CLI command that parses nothing, never pays for loading it.
let processor: Processor<Root> | undefined;
function markdownParser(): Processor<Root> {
  if (!processor) {
    const require = createRequire(import.meta.url);
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const { gfmTable } = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table');
    const { gfmTableFromMarkdown } = require('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table');
    // The one GFM construct term bodies may use: tables (what remark-gfm does for all of GFM, for tables alone).
    function remarkTables(this: Processor) {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(gfmTable());
      (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
    }
    processor = unified().use(remarkParse).use(remarkTables) as unknown as Processor<Root>;
  }
  return processor;
}

const TERM_KEYS = Object.keys(TermFrontmatter.def.shape ?? {});

const ALLOWED_KEYS: Record<string, readonly string[]> = {
  '': TERM_KEYS,
  relations: ['broader', 'related', 'contrasts', 'mitigates'],
  examples: ['title', 'text'],
  faq: ['question', 'answer'],
  sources: ['title', 'authors', 'year', 'kind', 'venue', 'url', 'doi'],
};

/** A link is allowed when it is http(s), `term:`, a fragment, or relative without a scheme. */
export function isAllowedLink(url: string): boolean {
  if (url.startsWith('term:') || url.startsWith('#')) return true;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (!scheme) return !url.startsWith('//');
  const name = scheme[1]!.toLowerCase();
  return name === 'http' || name === 'https';
}

/** The term id a `term:` URL points to, or undefined for any other URL. */
export function termLinkTarget(url: string): string | undefined {
  return url.startsWith('term:') ? url.slice('term:'.length).split('#')[0] : undefined;
}

/**
 * Parses one term file. Pure: takes the file's path (relative to the content folder) and text, and never throws.
 * Problems in the text come back as diagnostics with line and column.
 */
export function parseTerm(file: string, input: string | Uint8Array): ParseTermResult {
  const diagnostics: Diagnostic[] = [];
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  let text = typeof input === 'string' ? input : decodeUtf8(file, input, diagnostics);
  if (text === undefined) return { diagnostics };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    diagnostics.push({ file, ...positionOf(text, nul), severity: 'error', rule: 'invalid-character', message: 'the file contains a NUL byte', hint: 'remove the control character; term files are UTF-8 text' });
    return { diagnostics };
  }
  if (!/^---\r?\n/.test(text)) {
    diagnostics.push({
      file, line: 1, column: 1, severity: 'error', rule: 'missing-frontmatter',
      message: 'the file does not start with YAML front matter',
      hint: 'start the file with a line "---", the term fields, and another line "---"; see content/README.md',
    });
    return { diagnostics };
  }
  const split = splitFrontmatter(text);
  if (!split) {
    diagnostics.push({
      file, line: 1, column: 1, severity: 'error', rule: 'missing-frontmatter',
      message: 'the front matter is not closed', hint: 'add a line "---" after the last field',
    });
    return { diagnostics };
  }

  let explanation: Root;
  try {
    explanation = markdownParser().parse(split.body);
  } catch (error) {
    diagnostics.push({ file, line: split.bodyLine, column: 1, severity: 'error', rule: 'markdown-syntax', message: `the Markdown could not be parsed: ${(error as Error).message}` });
    return { diagnostics };
  }

  const fallback: Position = { line: 1, column: 1 };
  const yaml = parseYaml(file, split.yaml, 1);
  diagnostics.push(...yaml.diagnostics);
  if (yaml.data === undefined) return { diagnostics };
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    diagnostics.push({ file, line: 2, column: 1, severity: 'error', rule: 'invalid-frontmatter', message: 'the front matter must be a mapping of fields', hint: 'write "field: value" lines; see content/README.md' });
    return { diagnostics };
  }

  const expectedId = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const parsed = TermFrontmatter.safeParse(yaml.data);
  let frontmatter: TermFrontmatter | undefined = parsed.success ? parsed.data : undefined;
  let invalidFields: string[] | undefined;
  if (!parsed.success) {
    diagnostics.push(
      ...zodDiagnostics(file, parsed.error.issues, yaml.positions, fallback, (path) => ALLOWED_KEYS[String(path.filter((p) => typeof p === 'string').join('.'))] ?? [], yaml.data),
    );
    const salvaged = salvage(yaml.data as Record<string, unknown>, parsed.error.issues, expectedId);
    if (salvaged) ({ frontmatter, invalidFields } = salvaged);
  }

  const termLinks: TermLink[] = [];
  const lineOffset = split.bodyLine - 1;
  // One walk checks the body and drops positions: the tree is smaller, identical for identical text wherever it
  // sits in the file, and cheap to send to a worker or cache. Diagnostics keep the positions they need.
  visit(explanation, (node) => {
    const pos: Position = node.position ? { line: node.position.start.line + lineOffset, column: node.position.start.column } : fallback;
    delete node.position;
    if (node.type === 'html') {
      diagnostics.push({ file, ...pos, severity: 'error', rule: 'no-raw-html', message: 'raw HTML is not allowed in term bodies', hint: 'use Markdown instead; renderers escape or drop HTML' });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      diagnostics.push({ file, ...pos, severity: 'error', rule: 'no-images', message: 'images are not allowed in term bodies', hint: 'describe the structure as a diagram under content/diagrams/' });
    } else if (node.type === 'heading' && node.depth === 1) {
      diagnostics.push({ file, ...pos, severity: 'error', rule: 'heading-level', message: 'a level-1 heading in the body', hint: 'the term label is the page title; start body headings at "##"' });
    } else if (node.type === 'link' || node.type === 'definition') {
      const url = node.url;
      if (!isAllowedLink(url)) {
        diagnostics.push({ file, ...pos, severity: 'error', rule: 'link-scheme', message: `link "${url.slice(0, 60)}" uses a scheme that is not allowed`, hint: 'links may be http(s)://…, term:<id>, #anchor or relative' });
      }
      const target = termLinkTarget(url);
      if (target !== undefined) termLinks.push({ target, ...pos });
    }
  });

  const explanationText = toString(explanation).trim();
  const wordCount = explanationText === '' ? 0 : explanationText.split(/\s+/u).length;
  if (parsed.success && parsed.data.id !== expectedId) {
    diagnostics.push({
      file, ...(yaml.positions.id ?? fallback), severity: 'error', rule: 'file-name-mismatch', field: 'id',
      message: `id "${parsed.data.id}" does not match the file name "${expectedId}.md"`,
      hint: `rename the file to "${parsed.data.id}.md" or set "id: ${expectedId}"`,
    });
  }
  if (!frontmatter) return { diagnostics };
  return {
    term: { file, frontmatter, explanation, explanationText, wordCount, termLinks, positions: yaml.positions, contentHash, ...(invalidFields ? { invalidFields } : {}) },
    diagnostics,
  };
}

/** Placeholders for required fields that failed the schema, so the rest of the term can still be checked. */
const PLACEHOLDERS: Record<string, (id: string) => unknown> = {
  id: (id) => id,
  term: (id) => `(invalid label of ${id})`,
  shortDefinition: () => '(invalid short definition)',
  category: () => 'invalid-category',
  status: () => 'draft',
};

/**
 * Drops (or, for required fields, replaces) every top-level field that failed the schema and parses again, so a
 * contributor sees the cross-file problems of a term (unknown relation targets, missing sources, …) in the same
 * run as its schema errors. Returns undefined when even that does not parse.
 */
function salvage(data: Record<string, unknown>, issues: readonly { path: readonly PropertyKey[]; code: string; keys?: readonly string[] }[], expectedId: string) {
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(data)) copy[key] = data[key];
  const invalid = new Set<string>();
  for (const issue of issues) {
    const top = issue.path[0];
    if (top === undefined) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys ?? []) {
          delete copy[key];
          invalid.add(key);
        }
      }
      continue;
    }
    invalid.add(String(top));
  }
  for (const key of invalid) {
    if (!Object.hasOwn(TermFrontmatter.shape, key)) continue;
    const placeholder = PLACEHOLDERS[key];
    if (placeholder) copy[key] = placeholder(expectedId);
    else delete copy[key];
  }
  const again = TermFrontmatter.safeParse({ ...copy });
  return again.success ? { frontmatter: again.data, invalidFields: [...invalid].sort() } : undefined;
}

function decodeUtf8(file: string, bytes: Uint8Array, diagnostics: Diagnostic[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\ufffd');
    diagnostics.push({ file, ...positionOf(text, Math.max(0, bad)), severity: 'error', rule: 'invalid-utf8', message: 'the file is not valid UTF-8', hint: 'save the file as UTF-8' });
    return undefined;
  }
}

function positionOf(text: string, offset: number): Position {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, column: offset - last };
}
