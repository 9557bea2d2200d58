import type { Heading, Link, Nodes, Paragraph, RootContent, Table } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { defaultHandlers, toMarkdown, type Handle, type Info, type Options, type State } from 'mdast-util-to-markdown';
import { root as rootNode } from './build.js';
import { atxHeading, FAST_HANDLERS, headingRank, writesAtx } from './fast-handlers.js';
import type { Linker, LinkTarget } from './linker.js';
import { serializePart, TO_MARKDOWN_OPTIONS } from './serialize.js';
import { SHARED_PARAGRAPHS } from './term-entry.js';

/*
 * A book part is the same Markdown on its mdBook page and in the single file, but for its links (relative paths
 * there, `#anchors` here) and its heading levels (deeper in the single file). So it is serialized once, with
 * marks where those differ, and each form fills the marks in:
 *
 * - a link to a term or chapter gets a placeholder URL (LINK, the target's number in base 36, END), which the
 *   serializer writes as it is, and which is as long as no real URL: a GFM table pads its cells to the widest,
 *   so a top-level table holding such a link is left out (TABLE, its number, END) and serialized per form;
 * - a heading's `#`s are HEADING and its level on the page.
 *
 * Where marking could change a byte (a setext heading, a link that could be written as an autolink, a real URL
 * that the serializer would escape or enclose, a table deeper in the tree, or content that holds the private-use
 * characters of the marks), the part is serialized per form as before. Every mark is counted when it is written
 * and when it is filled in, so stray look-alikes in the content are caught.
 */
const LINK = '\uE000';
const END = '\uE001';
const HEADING = '\uE002';
const TABLE = '\uE003';
const MARK = /\uE000([0-9a-z]+)\uE001|\uE003([0-9a-z]+)\uE001|\uE002([1-6])/g;

const placeholder = (index: number) => `${LINK}${index.toString(36)}${END}`;
const isPlaceholder = (link: Link) => link.data?.anchor !== undefined && link.url.startsWith(LINK) && link.url.endsWith(END);
const placeholderIndex = (url: string) => Number.parseInt(url.slice(1, -1), 36);

/**
 * URLs the serializer writes as they are in a link destination, as the books' links are: relative paths,
 * `#anchors` (github-slugger keeps letters, numbers, marks, `-` and `_`) and http(s) URLs of the same characters.
 * Nothing here is escaped in a raw destination, nor encloses it in `<…>`. Anything else is serialized per form.
 */
const PLAIN_URL = /^(?:https?:\/\/)?[\p{L}\p{N}\p{M}\-._/#%]*$/u;

/** What a form needs to fill a link mark in: its URL, and whether the serializer would write that URL as it is. */
interface FilledLink {
  readonly url: string;
  readonly plain: boolean;
}

/** A linker whose URLs are placeholders, one per target, and what each form's linker makes of them. */
export class LinkPlaceholders {
  readonly #targets: { readonly kind: 'term' | 'chapter'; readonly key: string }[] = [];
  readonly #terms = new Map<string, LinkTarget>();
  readonly #chapters = new Map<string, LinkTarget>();
  readonly #filled = new WeakMap<Linker, FilledLink[]>();

  /** Links to placeholders; each carries an anchor key, so that the marking serializer knows it. */
  readonly linker: Linker = {
    term: (id) => this.#terms.get(id) ?? this.#add(this.#terms, 'term', id),
    chapter: (slug) => this.#chapters.get(slug) ?? this.#add(this.#chapters, 'chapter', slug),
  };

  #add(targets: Map<string, LinkTarget>, kind: 'term' | 'chapter', key: string): LinkTarget {
    const target = { url: placeholder(this.#targets.length), anchor: `${kind}:${key}` };
    this.#targets.push({ kind, key });
    targets.set(key, target);
    return target;
  }

  /** What `linker` links each placeholder to, by number (filled in as asked for, remembered per linker). */
  filled(linker: Linker): (index: number) => FilledLink | undefined {
    let filled = this.#filled.get(linker);
    if (filled === undefined) this.#filled.set(linker, (filled = []));
    const known = filled;
    return (index) => {
      let link = known[index];
      if (link === undefined) {
        const target = this.#targets[index];
        if (target === undefined) return undefined;
        const url = target.kind === 'term' ? linker.term(target.key).url : linker.chapter(target.key).url;
        known[index] = link = { url, plain: PLAIN_URL.test(url) };
      }
      return link;
    };
  }
}

/**
 * A part serialized with marks, split at them: `pieces` of text around the `marks`, which are coded as numbers:
 * a link's placeholder number (0 or more), a heading's level on the page as -1 to -6, a table's number `t` as
 * -7 - t.
 */
export interface MarkedPart {
  readonly pieces: readonly string[];
  readonly marks: readonly number[];
  readonly tables: readonly Table[];
}

/** The marking serializer's bookkeeping for the part being serialized. */
interface Marking {
  flow: string;
  marks: number;
  readonly tables: Table[];
  failed: boolean;
}
let current: Marking | undefined;

function marking(): Marking {
  if (current === undefined) throw new Error('render-markdown: a marking handler ran outside markPart');
  return current;
}

/** Whether a phrasing tree holds a placeholder link. */
function holdsPlaceholder(node: Nodes): boolean {
  if (node.type === 'link' && isPlaceholder(node)) return true;
  return 'children' in node && node.children.some(holdsPlaceholder);
}

const gfmTable = gfmTableToMarkdown().handlers!.table!;

/** What the marking serializer wrote for a shared paragraph, and where: reused where it stands again alike. */
interface Written {
  readonly stack: readonly string[];
  readonly before: string;
  readonly after: string;
  readonly value: string;
  readonly marks: number;
}
const written = new WeakMap<Paragraph, Written>();

const sameStack = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => name === b[i]);

const markingHandlers: Options['handlers'] = {
  root(...args: Parameters<Handle>) {
    marking().flow = FAST_HANDLERS.root!(...args);
    return marking().flow;
  },
  heading(node: Heading, parent: Parameters<Handle>[1], state: State, info: Info) {
    if (!writesAtx(node, state)) {
      marking().failed = true;
      return defaultHandlers.heading(node, parent, state, info);
    }
    marking().marks++;
    return atxHeading(node, state, info, `${HEADING}${headingRank(node)}`);
  },
  link: Object.assign(
    function link(node: Link, parent: Parameters<Handle>[1], state: State, info: Info) {
      if (isPlaceholder(node)) {
        const only = node.children.length === 1 ? node.children[0] : undefined;
        // An autolink (`<url>`) is written when the text is the URL: a text that looks like one could be.
        if (only?.type === 'text' && /^[a-z][+\-.a-z]+:/i.test(only.value) && !/[\0- <>\u007F]/.test(only.value)) marking().failed = true;
        marking().marks++;
      }
      return defaultHandlers.link(node, parent, state, info);
    },
    { peek: defaultHandlers.link.peek },
  ),
  // A paragraph is written from its content, the constructs around it and the characters before and after it
  // (the same options throughout): a shared one (see SHARED_PARAGRAPHS) is written once per place it stands in.
  paragraph(node: Paragraph, parent: Parameters<Handle>[1], state: State, info: Info) {
    const marks = marking();
    const known = SHARED_PARAGRAPHS.has(node) ? written.get(node) : undefined;
    if (known !== undefined && known.before === info.before && known.after === info.after && sameStack(known.stack, state.stack)) {
      marks.marks += known.marks;
      return known.value;
    }
    const [count, failed] = [marks.marks, marks.failed];
    marks.failed = false;
    const value = defaultHandlers.paragraph(node, parent, state, info);
    if (SHARED_PARAGRAPHS.has(node) && !marks.failed) {
      written.set(node, { stack: [...state.stack], before: info.before, after: info.after, value, marks: marks.marks - count });
    }
    marks.failed ||= failed;
    return value;
  },
  table(node: Table, parent: Parameters<Handle>[1], state: State, info: Info) {
    if (!holdsPlaceholder(node)) return gfmTable(node, parent, state, info);
    const marks = marking();
    if (parent?.type !== 'root') marks.failed = true;
    marks.marks++;
    marks.tables.push(node);
    return `${TABLE}${(marks.tables.length - 1).toString(36)}${END}`;
  },
};

const MARKING_OPTIONS: Options = {
  ...TO_MARKDOWN_OPTIONS,
  extensions: [...(TO_MARKDOWN_OPTIONS.extensions ?? []), { handlers: markingHandlers }],
};

/**
 * Serializes a part's blocks (built with LinkPlaceholders' linker, at their page levels) with marks, as
 * serializePart would write them but for the marks; undefined when marking could change a byte.
 */
export function markPart(blocks: RootContent[]): MarkedPart | undefined {
  const marking: Marking = (current = { flow: '', marks: 0, tables: [], failed: false });
  try {
    toMarkdown(rootNode(blocks), MARKING_OPTIONS);
  } finally {
    current = undefined;
  }
  if (marking.failed) return undefined;
  const text = marking.flow;
  const pieces: string[] = [];
  const marks: number[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    pieces.push(text.slice(last, match.index));
    const [, link, table, depth] = match;
    marks.push(depth !== undefined ? -Number(depth) : link !== undefined ? Number.parseInt(link, 36) : -7 - Number.parseInt(table!, 36));
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  // Fewer marks written than found: the content holds look-alikes.
  return marks.length === marking.marks ? { pieces, marks, tables: marking.tables } : undefined;
}

/** `nodes` with every placeholder link pointing where `linker` says (copy-on-write: the same array if none). */
function fillLinks<T extends Nodes>(nodes: readonly T[], fill: (index: number) => FilledLink | undefined): T[] | undefined {
  let out: T[] | undefined;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    let copy: Nodes = node;
    if (node.type === 'link' && isPlaceholder(node)) {
      const filled = fill(placeholderIndex(node.url));
      if (filled === undefined) return undefined;
      copy = { ...node, url: filled.url };
    }
    if ('children' in copy) {
      const children = fillLinks(copy.children as readonly Nodes[], fill);
      if (children === undefined) return undefined;
      if (children !== copy.children) copy = { ...copy, children } as Nodes;
    }
    if (copy !== node) (out ??= nodes.slice(0, index)).push(copy as T);
    else out?.push(node);
  }
  return out ?? (nodes as T[]);
}

const HASHES = ['', '#', '##', '###', '####', '#####', '######'];

/**
 * A marked part in one form: links where `linker` says, headings `shift` levels deeper (at most 6), and the
 * tables left out serialized with their links filled in. Undefined when a URL is not plain (see PLAIN_URL):
 * serialize that form on its own then.
 */
export function fillPart(part: MarkedPart, placeholders: LinkPlaceholders, linker: Linker, shift: number): string | undefined {
  const { pieces, marks, tables } = part;
  const fill = placeholders.filled(linker);
  let text = pieces[0]!;
  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index]!;
    if (mark >= 0) {
      const filled = fill(mark);
      if (filled === undefined || !filled.plain) return undefined;
      text += filled.url;
    } else if (mark >= -6) {
      text += HASHES[Math.min(6, shift - mark)]!;
    } else {
      const table = tables[-7 - mark];
      const rows = table && fillLinks(table.children, fill);
      if (rows === undefined) return undefined;
      text += serializePart(rootNode([{ ...table!, children: rows }]));
    }
    text += pieces[index + 1]!;
  }
  return text;
}
