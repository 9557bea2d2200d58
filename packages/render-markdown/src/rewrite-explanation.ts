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
 *   capture each other's `[label]: url` definitions;
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
  const resolve = (url: string, children: Link['children']): Nodes | readonly Nodes[] => {
    const id = termLinkTarget(url);
    if (id !== undefined) return targetLink(linker.term(id), children);
    if (/^https?:/i.test(url)) return { type: 'link', url, children };
    return rewriteAll(children);
  };

  // What replaces `node`: the node itself when nothing in it changes, a changed copy, or a list of nodes
  // (a link that keeps only its text, a dropped definition). Headings are renumbered in document order.
  const rewrite = (node: Nodes): Nodes | readonly Nodes[] => {
    switch (node.type) {
      case 'text':
        return node;
      case 'definition':
        return [];
      case 'link':
        return resolve(node.url, node.children);
      case 'linkReference': {
        const definition = definitions.get(node.identifier);
        return definition ? resolve(definition.url, node.children) : rewriteAll(node.children);
      }
      default:
    }
    let copy: Nodes = node;
    if (node.type === 'heading') {
      const shifted = Math.min(6, node.depth - minDepth + depth + 1, previous + 1) as Heading['depth'];
      previous = shifted;
      copy = { ...node, depth: shifted };
    }
    if ('children' in node) {
      const children = rewriteAll(node.children);
      if (children !== node.children) copy = { ...copy, children } as Nodes;
    }
    return copy;
  };

  // `children` rewritten: the same array when nothing in it changed.
  function rewriteAll<T extends Nodes>(children: readonly T[]): readonly T[] {
    let out: T[] | undefined;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      const replacement = rewrite(child) as T | readonly T[];
      if (replacement === child) {
        out?.push(child);
        continue;
      }
      out ??= children.slice(0, index);
      if (Array.isArray(replacement)) for (let i = 0; i < replacement.length; i++) out.push(replacement[i]);
      else out.push(replacement as T);
    }
    return out ?? children;
  }

  return [...rewriteAll(term.explanation.children)];
}
