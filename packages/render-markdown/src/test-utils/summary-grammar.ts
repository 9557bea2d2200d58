/**
 * A checker for mdBook's SUMMARY.md grammar, written from mdBook's documentation (format/summary.md) and the
 * grammar in its parser's doc comment:
 *
 *   summary           ::= title? prefix_chapters numbered_chapters suffix_chapters
 *   title             ::= "# " TEXT                      (a level-1 heading, ignored)
 *   prefix_chapters   ::= (link paragraph | separator)*  (not nested; none after a numbered chapter)
 *   numbered_chapters ::= (part_title? list)*             (part titles are level-1 headings)
 *   list item         ::= exactly one link, optionally followed by one nested list of the same kind
 *   suffix_chapters   ::= (link paragraph | separator)*  (no list or part title may follow)
 *   link              ::= "[" TEXT "](" relative path to a .md file, or empty for a draft ")"
 *
 * Also from the docs: "-" and "*" must not be mixed; `print.md` and `toc.md` are reserved.
 */
import type { Link, List, ListItem, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse.js';

export interface SummaryEntry {
  readonly kind: 'prefix' | 'numbered' | 'suffix';
  readonly name: string;
  /** The path under src/, or undefined for a draft chapter. */
  readonly path: string | undefined;
  /** Section number for numbered chapters, e.g. "2.3". */
  readonly number?: string;
}

export interface SummaryCheck {
  readonly title?: string;
  readonly entries: SummaryEntry[];
  readonly partTitles: string[];
  readonly errors: string[];
}

const RESERVED = new Set(['print.md', 'toc.md']);

/** Parses SUMMARY.md with the grammar above and lists every deviation from it. */
export function checkSummary(markdown: string): SummaryCheck {
  const tree: Root = parseMarkdown(markdown);
  const errors: string[] = [];
  const entries: SummaryEntry[] = [];
  const partTitles: string[] = [];
  const bullets = new Set<string>();
  let title: string | undefined;
  let stage: 'prefix' | 'numbered' | 'suffix' = 'prefix';
  let root = 0;

  const checkLink = (link: Link, kind: SummaryEntry['kind'], number?: string) => {
    const path = link.url === '' ? undefined : link.url;
    if (path !== undefined) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')) errors.push(`"${path}" is not a relative path`);
      if (path.split('/').includes('..')) errors.push(`"${path}" leaves the src folder`);
      if (!path.endsWith('.md')) errors.push(`"${path}" is not a .md file`);
      if (path.includes('#')) errors.push(`"${path}" has a fragment`);
      if (RESERVED.has(path)) errors.push(`"${path}" is a reserved file name`);
    }
    if (link.children.some((c) => c.type === 'link' || c.type === 'image')) errors.push(`link "${toString(link)}" nests a link or image`);
    entries.push({ kind, name: toString(link), path, ...(number === undefined ? {} : { number }) });
  };

  const affixParagraph = (p: Paragraph, kind: 'prefix' | 'suffix') => {
    const links = p.children.filter((c): c is Link => c.type === 'link');
    const other = p.children.filter((c) => c.type !== 'link' && !(c.type === 'text' && c.value.trim() === ''));
    if (links.length === 0 || other.length > 0) errors.push(`a ${kind} paragraph must hold only chapter links, got "${toString(p)}"`);
    for (const link of links) checkLink(link, kind);
  };

  const numberedList = (list: List, parent: string) => {
    if (list.ordered) errors.push('numbered chapters use "-" or "*" bullets, not an ordered list');
    list.children.forEach((item: ListItem, i) => {
      const start = item.position?.start.offset;
      if (start !== undefined) bullets.add(markdown[start]!);
      const number = parent === '' ? String(root + i + 1) : `${parent}.${i + 1}`;
      const [first, ...rest] = item.children;
      const links = first?.type === 'paragraph' ? first.children : [];
      if (links.length !== 1 || links[0]!.type !== 'link') {
        errors.push(`chapter ${number}: a list item must hold exactly one link, got "${first ? toString(first) : ''}"`);
      } else {
        checkLink(links[0]!, 'numbered', number);
      }
      if (rest.length > 1 || (rest[0] !== undefined && rest[0].type !== 'list')) errors.push(`chapter ${number}: only a nested list may follow its link`);
      if (rest[0]?.type === 'list') numberedList(rest[0], number);
    });
    if (parent === '') root += list.children.length;
  };

  tree.children.forEach((node, index) => {
    if (index === 0 && node.type === 'heading' && node.depth === 1) {
      title = toString(node);
      return;
    }
    if (node.type === 'thematicBreak') return;
    if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value)) return;
    if (node.type === 'paragraph') {
      if (stage === 'numbered') stage = 'suffix';
      affixParagraph(node, stage === 'prefix' ? 'prefix' : 'suffix');
      return;
    }
    if (node.type === 'list' || (node.type === 'heading' && node.depth === 1)) {
      if (stage === 'suffix') errors.push('suffix chapters cannot be followed by a list or a part title');
      stage = 'numbered';
      if (node.type === 'heading') partTitles.push(toString(node));
      else numberedList(node, '');
      return;
    }
    errors.push(`unsupported element "${node.type}" at line ${node.position?.start.line ?? '?'}`);
  });
  if (bullets.size > 1) errors.push(`bullets are mixed: ${[...bullets].join(' and ')}`);
  for (const b of bullets) if (b !== '-' && b !== '*') errors.push(`"${b}" is not a chapter bullet`);
  const paths = entries.flatMap((e) => (e.path === undefined ? [] : [e.path]));
  for (const p of new Set(paths)) if (paths.filter((q) => q === p).length > 1) errors.push(`"${p}" is listed twice`);
  return { ...(title === undefined ? {} : { title }), entries, partTitles, errors };
}
