import type { Heading, Link, List, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import { markdownTable } from 'markdown-table';

/**
 * A serializer for the common shape of term explanations that writes exactly what `toMarkdown` with
 * `explanationToMarkdown`'s options writes, about ten times faster: it concatenates strings instead of running
 * every escape pattern over every text node and pairing attention markers.
 *
 * It only handles trees where no character needs escaping and every construct has one obvious form: paragraphs,
 * `##` headings, tight `-` lists of one-paragraph items, tables, text, `_emphasis_`, `**strong**`, inline code and
 * `[label](url)` links. Anything else (a character that Markdown could read as syntax, an autolink, a title,
 * code blocks, nested or ordered lists, …) makes it give up (`undefined`), and the caller falls back to
 * `toMarkdown`. Each rule below names the mdast-util-to-markdown behaviour it stands for; the tests compare both
 * serializers on the real content and on generated trees.
 */
export function fastMarkdown(root: Root): string | undefined {
  try {
    return flow(root.children).trimEnd();
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

/** Thrown (and caught in fastMarkdown) when the tree needs the full serializer. */
const UNSUPPORTED = new Error('fastMarkdown: unsupported tree');
function unsupported(): never {
  throw UNSUPPORTED;
}

/**
 * Characters that some unsafe pattern (mdast-util-to-markdown's `unsafe.js`, plus gfm-table's) can escape in
 * phrasing, besides the ones handled by the rules in `text`: tab, carriage return, controls, `!`, `#`, `&`,
 * `*`, `+`, `<`, `=`, `>`, `[`, `\`, `]`, `_`, backtick, `~`, `|` and DEL.
 */
const RISKY = /[\0-\x09\x0b-\x1f!#&*+<=>[\\\]_`~|\x7f]/;
/** A line may not start with one of these: digits (`1.`, `1)`), `-` and `:` are list items and table delimiters. */
const RISKY_LINE_START = /[0-9:-]/;
const ASCII_ALNUM = /^[A-Za-z0-9]$/;
/** ASCII whitespace or punctuation, other than the emphasis markers: micromark's classes 1 and 2. */
const ATTENTION_BOUNDARY = /^[ \n!-)+-/:-@[-^`{-~]$/;
/** A URL that needs no escaping and no angle brackets as a raw destination. */
const PLAIN_URL = /^[A-Za-z0-9\-._~:/?#@$+,;=%]+$/;

interface Where {
  /** In a heading: text may hold no line ending (it would make a setext heading or be escaped). */
  readonly heading?: boolean;
  /** In a table cell: text may hold no line ending, inline code no `|`. */
  readonly cell?: boolean;
}

function flow(children: readonly RootContent[]): string {
  let out = '';
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    // containerFlow: blank line between blocks; two lists in a row would switch bullets.
    if (i > 0) {
      if (child.type === 'list' && children[i - 1]!.type === 'list') unsupported();
      out += '\n\n';
    }
    out += block(child);
  }
  return out;
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      if (node.children.length === 0) unsupported();
      return phrasing(node.children, '\n', '\n', {});
    case 'heading':
      return heading(node);
    case 'list':
      return list(node);
    case 'table':
      return table(node);
    default:
      return unsupported();
  }
}

function heading(node: Heading): string {
  const value = phrasing(node.children, '# ', '\n', { heading: true });
  // An empty heading or one starting with whitespace is written differently (`#`, character references).
  if (value === '' || value.startsWith(' ')) unsupported();
  return `${'#'.repeat(Math.max(Math.min(6, node.depth || 1), 1))} ${value}`;
}

function list(node: List): string {
  if (node.ordered || node.children.length === 0) unsupported();
  let out = '';
  for (let i = 0; i < node.children.length; i++) {
    const item = node.children[i]!;
    if (typeof node.spread !== 'boolean' || item.spread || (item.checked !== null && item.checked !== undefined) || item.children.length !== 1) unsupported();
    const only = item.children[0]!;
    if (only.type !== 'paragraph' || only.children.length === 0) unsupported();
    // listItem with listItemIndent 'one': `- ` before the first line, two spaces before the others.
    const text = phrasing(only.children, '\n', '\n', {});
    if (i > 0) out += node.spread ? '\n\n' : '\n';
    out += `- ${text.replaceAll('\n', '\n  ')}`;
  }
  return out;
}

function table(node: Table): string {
  const matrix = node.children.map((row) => row.children.map((cell) => phrasing(cell.children, '|', '|', { cell: true })));
  const head = matrix[0];
  if (head) {
    const columns = node.align?.length || Math.max(...matrix.map((row) => row.length));
    while (head.length < columns) head.push('');
  }
  // gfm-table's handleTable with its default options.
  return markdownTable(matrix, { align: node.align ?? undefined, fillRows: false });
}

/** The first character the full serializer would write for a node (its `peek`, or the text itself). */
function firstCharacter(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return node.value.charAt(0);
    case 'emphasis':
      return '_';
    case 'strong':
      return '*';
    case 'inlineCode':
      return '`';
    case 'link':
      return '[';
    default:
      return unsupported();
  }
}

/**
 * containerPhrasing: the children joined flush. `before` is what precedes them (the last character counts),
 * `after` what follows.
 */
function phrasing(children: readonly PhrasingContent[], before: string, after: string, where: Where): string {
  let out = '';
  let previous = before;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const next = children[i + 1];
    const following = next === undefined ? after : firstCharacter(next);
    let value: string;
    switch (child.type) {
      case 'text':
        if (next?.type === 'text') unsupported();
        value = text(child, previous, following, where);
        break;
      case 'emphasis':
      case 'strong': {
        const sequence = child.type === 'emphasis' ? '_' : '**';
        const inner = child.children;
        const only = inner[0];
        if (inner.length !== 1 || only?.type !== 'text') unsupported();
        const last = previous.charAt(previous.length - 1);
        // The markers open and close only when whitespace or punctuation is outside and a letter or digit inside:
        // then the preferred marker is kept and nothing is encoded (container-phrasing's guess/render/check).
        if (
          !ATTENTION_BOUNDARY.test(last) || !ATTENTION_BOUNDARY.test(following.charAt(0))
          || next?.type === 'emphasis' || next?.type === 'strong'
          || !ASCII_ALNUM.test(only.value.charAt(0)) || !ASCII_ALNUM.test(only.value.charAt(only.value.length - 1))
        ) {
          unsupported();
        }
        value = sequence + text(only, sequence, sequence, where) + sequence;
        break;
      }
      case 'inlineCode': {
        const code = child.value;
        // No backtick (longer fences), no line ending (rewritten), no edge space (padding), no `|` in cells.
        if (code === '' || /[`\r\n]/.test(code) || code.startsWith(' ') || code.endsWith(' ') || (where.cell && code.includes('|'))) {
          unsupported();
        }
        value = `\`${code}\``;
        break;
      }
      case 'link':
        value = link(child, previous, where);
        break;
      default:
        return unsupported();
    }
    out += value;
    previous = value;
  }
  return out;
}

function link(node: Link, before: string, where: Where): string {
  const { url, children } = node;
  // A title, an empty or unusual URL (angle brackets, escapes), or an autolink (`<url>`) are written differently.
  if (node.title || !PLAIN_URL.test(url) || children.length === 0) unsupported();
  const only = children[0]!;
  if (children.length === 1 && only.type === 'text' && (only.value === url || `mailto:${only.value}` === url)) unsupported();
  const label = phrasing(children, '[', '](', where);
  // At the start of a line, `[…]:` would read as a definition: the full serializer adds an empty title.
  if (/[\r\n]$/.test(before) && label.includes(']')) unsupported();
  return `[${label}](${url})`;
}

/**
 * The text itself, when `state.safe` would return it unchanged; otherwise unsupported. Rules (unsafe.js):
 * whitespace next to a line ending, a blank line, `(` after `]`, and at the start of a line digits, `-` and `:`.
 */
function text(node: Text, before: string, after: string, where: Where): string {
  const value = node.value;
  if (value === '' || RISKY.test(value) || after.includes('\\')) unsupported();
  if ((where.heading || where.cell) && value.includes('\n')) unsupported();
  const last = before.charAt(before.length - 1);
  const first = after.charAt(0);
  const start = value.charAt(0);
  const end = value.charAt(value.length - 1);
  if (value.includes(' \n') || value.includes('\n ') || value.includes('\n\n')) unsupported();
  if (start === ' ' && last === '\n') unsupported();
  if (end === ' ' && first === '\n') unsupported();
  if (start === '\n' && last === '\n') unsupported();
  if (end === '\n' && first === '\n') unsupported();
  if (start === '(' && last === ']') unsupported();
  if (/[\r\n][\t ]*$/.test(before) && RISKY_LINE_START.test(start)) unsupported();
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) {
    if (RISKY_LINE_START.test(value.charAt(i + 1))) unsupported();
  }
  return value;
}
