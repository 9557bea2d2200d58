import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown the way GitHub and pandoc's gfm reader do (CommonMark + GFM). */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** The heading ids GitHub gives a document: github-slugger over each heading's text, in order. */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, 'heading', (node) => {
    ids.add(slugger.slug(toString(node)));
  });
  return ids;
}

/**
 * Internal links of a Markdown file that lead nowhere: a relative link must name a file of the same output (the
 * fragment is not checked across files), and a bare `#fragment` must name a heading of the same document.
 * Links with a scheme (https:, mailto:) are external and not checked.
 */
export function deadLinks(file: string, tree: Root, files: ReadonlySet<string>): string[] {
  const dead: string[] = [];
  const ids = headingIds(tree);
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = node.url;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return;
    if (url.startsWith('#')) {
      if (!ids.has(decodeURIComponent(url.slice(1)))) dead.push(`${file}: ${url}`);
      return;
    }
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(url.split('#')[0]!)));
    if (!files.has(target)) dead.push(`${file}: ${url}`);
  });
  return dead;
}

/** Raw HTML nodes of a Markdown tree (renderers must escape text, so none should carry markup from content). */
export function htmlNodes(tree: Root): string[] {
  const out: string[] = [];
  visit(tree, 'html', (node) => {
    out.push(node.value);
  });
  return out;
}
