import { termLinkTarget, type Term } from '@alignment-glossary/core';
import type { Definition, Heading, Link, Parents, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { Linker } from './linker.js';
import { targetLink } from './resolve-anchors.js';

/**
 * A term's explanation, ready to sit under its title at `depth` (the title's heading level):
 *
 * - `term:<id>` links point where `linker` says (a page in the book, an anchor, or the docs site; a `#fragment`
 *   after the id is dropped, since term pages have no stable inner anchors);
 * - reference-style links become inline links and definitions are dropped, so two terms in one file can't
 *   capture each other's `[label]: url` definitions; footnote ids get the term id as a prefix for the same reason;
 * - fragment (`#…`) and relative links, which have no target inside a book, keep only their text;
 * - headings start one level below the title and never skip a level.
 *
 * Works on a copy: the glossary stays frozen and untouched.
 */
export function rewriteExplanation(term: Term, linker: Linker, depth: number): RootContent[] {
  const tree = structuredClone(term.explanation);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });

  const resolve = (url: string, children: Link['children']): RootContent[] => {
    const id = termLinkTarget(url);
    if (id !== undefined) return [targetLink(linker.term(id), children)];
    if (/^https?:/i.test(url)) return [{ type: 'link', url, children }];
    return children;
  };

  visit(tree, (node, index, parent: Parents | undefined) => {
    if (parent === undefined || index === undefined) return;
    let replacement: RootContent[] | undefined;
    if (node.type === 'definition') replacement = [];
    else if (node.type === 'link') replacement = resolve(node.url, node.children);
    else if (node.type === 'linkReference') {
      const def = definitions.get(node.identifier);
      replacement = def ? resolve(def.url, node.children) : node.children;
    } else if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      node.identifier = `${term.id}-${node.identifier}`;
      node.label = node.identifier;
    }
    if (replacement === undefined) return;
    (parent.children as RootContent[]).splice(index, 1, ...replacement);
    // A new link needs no second visit; unwrapped text is visited in the node's place.
    return replacement[0]?.type === 'link' ? [SKIP, index + 1] : index;
  });

  const headings: Heading[] = [];
  visit(tree, 'heading', (node) => void headings.push(node));
  const min = Math.min(...headings.map((h) => h.depth));
  let previous = depth;
  for (const h of headings) {
    const shifted = Math.min(6, h.depth - min + depth + 1, previous + 1) as Heading['depth'];
    h.depth = shifted;
    previous = shifted;
  }
  return tree.children;
}
