import { termLinkTarget } from '@alignment-glossary/core';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/** Options of {@link explanationToHast}. */
export interface ExplanationOptions {
  /** The href of a term page relative to the embedding page, or undefined when the term is unknown. */
  readonly termHref: (termId: string) => string | undefined;
  /** How many levels to push headings down (the body's `##` sits under the page's section heading). Default 1. */
  readonly headingShift?: number;
}

/** GitHub's sanitizing schema, plus the class that marks a resolved term link. */
const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'term-link', 'data-footnote-backref'],
    ],
  },
};

/**
 * Turns a term's already-parsed explanation (mdast, never re-parsed) into sanitized hast: `term:<id>` links become
 * relative links to term pages (class `term-link`; unknown targets lose the link and keep the text), headings move
 * down `headingShift` levels, raw HTML is dropped and everything passes hast-util-sanitize's GitHub schema.
 *
 * @returns the children to place in the page
 */
export function explanationToHast(explanation: MdastRoot, options: ExplanationOptions): ElementContent[] {
  const tree = toHast(explanation, { allowDangerousHtml: false }) as HastRoot;
  const shift = options.headingShift ?? 1;
  const rewritten: HastRoot = { type: 'root', children: tree.children.flatMap((child) => rewrite(child, options, shift)) as RootContent[] };
  const clean = sanitize(rewritten, schema) as HastRoot;
  return clean.children.filter((c): c is ElementContent => c.type !== 'doctype');
}

function rewrite(node: RootContent, options: ExplanationOptions, shift: number): RootContent[] {
  if (node.type !== 'element') return [node];
  const children = node.children.flatMap((c) => rewrite(c, options, shift)) as ElementContent[];
  const heading = /^h([1-6])$/.exec(node.tagName);
  if (heading) {
    return [{ ...node, tagName: `h${Math.min(6, Number(heading[1]) + shift)}`, children }];
  }
  if (node.tagName === 'a' && typeof node.properties.href === 'string') {
    const target = termLinkTarget(node.properties.href);
    if (target !== undefined) {
      const hash = node.properties.href.indexOf('#');
      const href = options.termHref(target);
      if (href === undefined) return children;
      const link: Element = {
        ...node,
        properties: { ...node.properties, href: hash === -1 ? href : `${href}${node.properties.href.slice(hash)}`, className: ['term-link'] },
        children,
      };
      return [link];
    }
  }
  return [{ ...node, children }];
}
