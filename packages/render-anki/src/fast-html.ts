import type { Nodes, Parents, Root, Table, TableRow } from 'mdast';
import { escapeHtml } from './escape-html.js';
import { resolveHref, type LinkContext } from './resolve-href.js';

// A light output tree: text, or an element with its serialized attributes. An element whose tag is '' is
// unwrapped (only its children are written), like hast-util-sanitize does with elements it does not allow.
interface Text {
  readonly tag?: undefined;
  value: string;
}
interface Element {
  readonly tag: string;
  readonly attributes: string;
  readonly children: Out[];
}
type Out = Text | Element;

/** Thrown for a node the fast path does not cover; the caller then uses the reference rendering. */
const UNSUPPORTED = Symbol('unsupported');

const VOID = new Set(['br', 'hr']);
const text = (value: string): Text => ({ value });
const element = (tag: string, children: Out[], attributes = ''): Element => ({ tag, attributes, children });
const eol = (): Text => text('\n');

/** trim-lines: spaces and tabs around line endings go, the value's own start and end stay. */
const trimLines = (value: string) => (value.includes('\n') || value.includes('\r') ? value.replace(/[ \t]*(\r\n|\n|\r)[ \t]*/g, '$1') : value);
const trimSpaceStart = (value: string) => value.replace(/^[ \t]+/, '');
const attribute = (name: string, value: string) => `${name}="${value.replace(/[&"]/g, (c) => (c === '&' ? '&#x26;' : '&#x22;'))}"`;

/** mdast-util-to-hast's `wrap`: line endings between the nodes, and around them when `loose`. */
function wrap(nodes: Out[], loose = false): Out[] {
  const out: Out[] = loose ? [eol()] : [];
  nodes.forEach((node, index) => {
    if (index) out.push(eol());
    out.push(node);
  });
  if (loose && nodes.length > 0) out.push(eol());
  return out;
}

/** mdast-util-to-hast's `all`: a text right after a hard break loses its leading spaces. */
function all(parent: Parents, context: LinkContext): Out[] {
  const out: Out[] = [];
  parent.children.forEach((child, index) => {
    const result = one(child, parent, context);
    if (result === undefined) return;
    if (index && parent.children[index - 1]!.type === 'break' && !Array.isArray(result)) {
      const head = result.tag === undefined ? result : result.children[0];
      if (head && head.tag === undefined) head.value = trimSpaceStart(head.value);
    }
    if (Array.isArray(result)) out.push(...result);
    else out.push(result);
  });
  return out;
}

function listItemLoose(node: Nodes & { type: 'listItem' }): boolean {
  return node.spread === null || node.spread === undefined ? node.children.length > 1 : node.spread;
}

/** Throws {@link UNSUPPORTED} for a node whose `data` changes what mdast-util-to-hast makes of it. */
function checkData(node: Nodes): void {
  const data = node.data as Record<string, unknown> | undefined;
  if (data && ('hName' in data || 'hProperties' in data || 'hChildren' in data)) throw UNSUPPORTED;
}

/**
 * mdast-util-to-hast's `tableRow`: `th` cells in the first row, `td` below; as many cells as the table has
 * alignments (missing ones empty, extra ones dropped), each with its `align`.
 */
function tableRow(node: TableRow, rowIndex: number, align: Table['align'], context: LinkContext): Element {
  checkData(node);
  const tag = rowIndex === 0 ? 'th' : 'td';
  const length = align ? align.length : node.children.length;
  const cells: Out[] = [];
  for (let index = 0; index < length; index++) {
    const cell = node.children[index];
    if (cell) checkData(cell);
    const alignValue = align ? align[index] : undefined;
    cells.push(element(tag, cell ? all(cell, context) : [], alignValue ? attribute('align', alignValue) : ''));
  }
  return element('tr', wrap(cells, true));
}

function one(node: Nodes, parent: Parents | undefined, context: LinkContext): Out | Out[] | undefined {
  checkData(node);
  switch (node.type) {
    case 'text':
      return text(trimLines(node.value));
    case 'image':
      return text(node.alt ?? '');
    case 'html':
      return undefined;
    case 'paragraph':
      return element('p', all(node, context));
    case 'emphasis':
      return element('em', all(node, context));
    case 'strong':
      return element('strong', all(node, context));
    case 'delete':
      return element('del', all(node, context));
    case 'inlineCode':
      return element('code', [text(node.value.replace(/\r?\n|\r/g, ' '))]);
    case 'break':
      return [element('br', []), eol()];
    case 'thematicBreak':
      return element('hr', []);
    case 'code':
      return element('pre', [element('code', [text(node.value ? `${node.value}\n` : '')])]);
    case 'heading':
      return element(node.depth === 1 ? '' : `h${node.depth}`, all(node, context));
    case 'blockquote':
      return element('blockquote', wrap(all(node, context), true));
    case 'link': {
      const href = resolveHref(node.url, context);
      return element(href === undefined ? '' : 'a', all(node, context), href === undefined ? '' : attribute('href', href));
    }
    case 'list': {
      if (node.children.some((item) => typeof item.checked === 'boolean')) throw UNSUPPORTED;
      const start = typeof node.start === 'number' && node.start !== 1 ? attribute('start', String(node.start)) : '';
      return element(node.ordered ? 'ol' : 'ul', wrap(all(node, context), true), start);
    }
    case 'table': {
      const [head, ...body] = node.children.map((row, index) => tableRow(row, index, node.align, context));
      const parts: Out[] = [];
      if (head) parts.push(element('thead', wrap([head], true)));
      if (body.length > 0) parts.push(element('tbody', wrap(body, true)));
      return element('table', wrap(parts, true));
    }
    case 'listItem': {
      const results = all(node, context);
      const loose = parent?.type === 'list' ? (parent.spread ?? false) || parent.children.some(listItemLoose) : listItemLoose(node);
      const children: Out[] = [];
      const isParagraph = (out: Out | undefined) => out !== undefined && out.tag === 'p';
      results.forEach((child, index) => {
        if (loose || index !== 0 || !isParagraph(child)) children.push(eol());
        if (isParagraph(child) && !loose) children.push(...(child as Element).children);
        else children.push(child);
      });
      const tail = results.at(-1);
      if (tail && (loose || !isParagraph(tail))) children.push(eol());
      return element('li', children);
    }
    default:
      throw UNSUPPORTED;
  }
}

function serialize(nodes: readonly Out[], parts: string[]): void {
  for (const node of nodes) {
    if (node.tag === undefined) {
      parts.push(escapeHtml(node.value));
    } else if (node.tag === '') {
      serialize(node.children, parts);
    } else {
      parts.push(`<${node.tag}${node.attributes ? ` ${node.attributes}` : ''}>`);
      if (!VOID.has(node.tag)) {
        serialize(node.children, parts);
        parts.push(`</${node.tag}>`);
      }
    }
  }
}

/**
 * A fast rendering of the common mdast node types (paragraphs, text, emphasis, links, lists, headings, code,
 * quotes, breaks, tables), producing exactly what {@link sanitizedHtml} produces for them — fast-html.test.ts checks that on
 * every explanation of the real content and on edge cases. It skips building and sanitizing a hast tree, which is
 * most of the time of a large build. Returns `undefined` for trees with anything else (footnotes, link
 * references, task lists, `data.hName`), which then take the reference path.
 *
 * @param tree the mdast tree; it is not modified.
 * @param context how to resolve links.
 * @returns the HTML, or `undefined` when the tree needs the reference rendering.
 */
export function fastHtml(tree: Root, context: LinkContext): string | undefined {
  let nodes: Out[];
  try {
    nodes = wrap(all(tree, context));
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
  const parts: string[] = [];
  serialize(nodes, parts);
  return parts.join('').trim();
}
