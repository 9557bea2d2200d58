import { termLinkTarget, type Term } from '@alignment-glossary/core';
import type { Definition, Heading, Link, Nodes, Root, RootContent } from 'mdast';
import type { Linker } from './linker.js';
import { targetLink } from './resolve-anchors.js';

/** What a rewrite needs to know about an explanation beforehand; it never changes, so it is worked out once. */
interface ExplanationFacts {
  /** The first definition of each identifier, in document order. */
  readonly definitions: ReadonlyMap<string, Definition>;
  /** The smallest heading depth (Infinity without headings). */
  readonly minDepth: number;
}

const factsOf = new WeakMap<Root, ExplanationFacts>();

function explanationFacts(tree: Root): ExplanationFacts {
  let facts = factsOf.get(tree);
  if (facts === undefined) {
    const definitions = new Map<string, Definition>();
    let minDepth = Infinity;
    const walk = (node: Nodes) => {
      if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
      else if (node.type === 'heading') minDepth = Math.min(minDepth, node.depth);
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    factsOf.set(tree, (facts = { definitions, minDepth }));
  }
  return facts;
}

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
 * The glossary stays untouched: changed nodes are new, and every unchanged subtree is shared with the
 * explanation rather than copied, so the result must not be mutated (the glossary is frozen).
 */
export function rewriteExplanation(term: Term, linker: Linker, depth: number): RootContent[] {
  const { definitions, minDepth } = explanationFacts(term.explanation);
  let previous = depth;

  // A link's text as it is when it stays a link; its text rewritten when only the text is kept.
  const resolve = (url: string, children: Link['children']): Nodes[] => {
    const id = termLinkTarget(url);
    if (id !== undefined) return [targetLink(linker.term(id), children)];
    if (/^https?:/i.test(url)) return [{ type: 'link', url, children }];
    return rewriteAll(children);
  };

  // The nodes that replace `node`, in document order (headings are renumbered as they come).
  const rewrite = (node: Nodes): Nodes[] => {
    if (node.type === 'definition') return [];
    if (node.type === 'link') return resolve(node.url, node.children);
    if (node.type === 'linkReference') {
      const definition = definitions.get(node.identifier);
      return definition ? resolve(definition.url, node.children) : rewriteAll(node.children);
    }
    let copy: Nodes = node;
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      const identifier = `${term.id}-${node.identifier}`;
      copy = { ...node, identifier, label: identifier };
    } else if (node.type === 'heading') {
      const shifted = Math.min(6, node.depth - minDepth + depth + 1, previous + 1) as Heading['depth'];
      previous = shifted;
      copy = { ...node, depth: shifted };
    }
    if ('children' in node) {
      const children = rewriteAll(node.children);
      if (children !== node.children) copy = { ...copy, children } as Nodes;
    }
    return [copy];
  };

  // `children` rewritten: the same array when nothing in it changed.
  function rewriteAll<T extends Nodes>(children: readonly T[]): T[] {
    let out: T[] | undefined;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      const replacement = rewrite(child) as T[];
      if (out === undefined && (replacement.length !== 1 || replacement[0] !== child)) out = children.slice(0, index);
      if (out !== undefined) for (const node of replacement) out.push(node);
    }
    return out ?? (children as T[]);
  }

  return [...rewriteAll(term.explanation.children)];
}
