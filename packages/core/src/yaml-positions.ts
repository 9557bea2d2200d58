import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, Position } from './diagnostic.js';
import { toDotPath } from './diagnostic.js';

/** Dotted field path → position of its value (and, for map entries, `key:<path>` → position of the key). */
export type PositionMap = Readonly<Record<string, Position>>;

export interface ParsedYaml {
  readonly data: unknown;
  readonly positions: PositionMap;
  readonly diagnostics: Diagnostic[];
}

const MAX_DEPTH = 64;

/**
 * Parses YAML text with positions. `lineOffset` is added to every line (front matter starts on line 2).
 * Never throws: syntax errors, duplicate keys and alias bombs come back as diagnostics.
 */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    diagnostics.push({
      file, line: 1 + lineOffset, column: 1, severity: 'error', rule: 'yaml-syntax',
      message: `the YAML could not be read: ${(error as Error).message}`,
    });
    return { data: undefined, positions: {}, diagnostics };
  }
  const at = (offset: number | undefined): Position => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line: line + lineOffset, column: col };
  };
  for (const error of doc.errors) {
    const pos = at(error.pos[0]);
    diagnostics.push({
      file, ...pos, severity: 'error', rule: error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
      message: yamlMessage(error.code, error.message),
      hint: error.code === 'DUPLICATE_KEY' ? 'each field may appear once; merge the two entries' : 'check indentation, quoting and colons on this line; strings containing ": " need quotes',
    });
  }
  if (doc.errors.length > 0) return { data: undefined, positions: {}, diagnostics };

  const positions: Record<string, Position> = Object.create(null);
  let tooDeep = false;
  // Carries the dotted path as a string (what toDotPath would give for the same segments): building and joining
  // a path array for every node was a visible share of parsing a term.
  const walk = (node: unknown, dotted: string, depth: number) => {
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return;
    }
    const n = node as Node | null;
    if (n && 'range' in n && n.range) positions[dotted] = at(n.range[0]);
    if (isMap(n)) {
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = dotted === '' ? key : `${dotted}.${key}`;
        const keyNode = pair.key as Node | null;
        if (keyNode && 'range' in keyNode && keyNode.range) positions[`key:${child}`] = at(keyNode.range[0]);
        walk(pair.value, child, depth + 1);
        if (!(child in positions) && keyNode && keyNode.range) positions[child] = at(keyNode.range[0]);
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, index) => walk(item, `${dotted}[${index}]`, depth + 1));
    }
  };
  walk(doc.contents, '', 0);
  if (tooDeep) {
    diagnostics.push({
      file, line: 1 + lineOffset, column: 1, severity: 'error', rule: 'yaml-too-deep',
      message: `the YAML is nested more than ${MAX_DEPTH} levels deep`, hint: 'term files are shallow; remove the nesting',
    });
    return { data: undefined, positions, diagnostics };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    diagnostics.push({
      file, line: 1 + lineOffset, column: 1, severity: 'error', rule: 'yaml-syntax',
      message: `the YAML could not be read: ${(error as Error).message}`, hint: 'avoid YAML aliases (*name) and anchors (&name) in content',
    });
    return { data: undefined, positions, diagnostics };
  }
  for (const warning of doc.warnings) {
    diagnostics.push({ file, ...at(warning.pos[0]), severity: 'warning', rule: 'yaml-warning', message: warning.message });
  }
  return { data, positions, diagnostics };
}

/** Finds the position of a field, falling back to its nearest existing parent, then to `fallback`. */
export function locate(positions: PositionMap, path: readonly PropertyKey[], fallback: Position): Position {
  for (let length = path.length; length >= 0; length--) {
    const key = toDotPath(path.slice(0, length));
    if (Object.hasOwn(positions, key)) return positions[key]!;
  }
  return fallback;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return `duplicate key in YAML: ${first.replace(/^Map keys must be unique.*$/, 'this key appears twice')}`;
  return `YAML syntax error: ${first}`;
}
