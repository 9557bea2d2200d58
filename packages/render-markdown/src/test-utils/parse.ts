import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

/** Parses Markdown back the way GitHub does (CommonMark + GFM), with remark's own parser. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Headings of a document with their text and GitHub-style ids (github-slugger, in document order). */
export function headingsOf(tree: Root): { depth: number; text: string; id: string; node: Heading }[] {
  const slugger = new GithubSlugger();
  const out: { depth: number; text: string; id: string; node: Heading }[] = [];
  visit(tree, 'heading', (node) => {
    const text = toString(node);
    out.push({ depth: node.depth, text, id: slugger.slug(text), node });
  });
  return out;
}

/** Every link node of a tree. */
export function linksOf(tree: Root): Link[] {
  const out: Link[] = [];
  visit(tree, 'link', (node) => void out.push(node));
  return out;
}

/** Every table of a tree, as rows of cell texts. */
export function tablesOf(tree: Root): string[][][] {
  const out: string[][][] = [];
  visit(tree, 'table', (node: Table) => void out.push(node.children.map((row) => row.children.map((cell) => toString(cell)))));
  return out;
}

/**
 * Checks that every link in a set of Markdown files resolves: `#id` to a heading of the same file, a relative
 * path to another file of the set (and its `#id`, if any, to one of that file's headings). Returns the
 * problems, one line each; http(s) links are left alone.
 */
export function brokenLinks(files: ReadonlyMap<string, string>): string[] {
  const ids = new Map<string, Set<string>>();
  const trees = new Map<string, Root>();
  for (const [file, markdown] of files) {
    const tree = parseMarkdown(markdown);
    trees.set(file, tree);
    ids.set(file, new Set(headingsOf(tree).map((h) => h.id)));
  }
  const problems: string[] = [];
  for (const [file, tree] of trees) {
    for (const { url } of linksOf(tree)) {
      if (/^https?:\/\//.test(url)) continue;
      const [target = '', fragment] = url.split('#');
      let resolved = file;
      if (target !== '') {
        const parts = file.split('/').slice(0, -1);
        for (const seg of target.split('/')) {
          if (seg === '..') parts.pop();
          else if (seg !== '.') parts.push(seg);
        }
        resolved = parts.join('/');
      }
      if (!ids.has(resolved)) problems.push(`${file}: link "${url}" points to a missing file "${resolved}"`);
      else if (fragment !== undefined && !ids.get(resolved)!.has(decodeURIComponent(fragment))) {
        problems.push(`${file}: link "${url}" points to a missing heading in "${resolved}"`);
      }
    }
  }
  return problems;
}
