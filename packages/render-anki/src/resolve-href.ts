import { termLinkTarget } from '@alignment-glossary/core';

/** How links in an explanation are resolved. */
export interface LinkContext {
  /** The docs-site page of a term; `undefined` for an unknown id, whose link then becomes plain text. */
  termUrl(id: string): string | undefined;
  /** The absolute URL relative links resolve against (the term's own docs page). */
  readonly baseUrl: string;
}

/** An absolute http(s) URL made only of characters that need no normalization. */
const SIMPLE_HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?:[/?#][\w.~!$&'()*+,;=:@/?#%-]*)?$/i;

/**
 * Resolves a Markdown link target for Anki: `term:<id>` becomes the term's docs page, relative URLs resolve
 * against `baseUrl`, and only http(s) survives. `[ ] { }` are percent-encoded, so the raw field never holds Anki
 * syntax.
 *
 * @param href the link's URL as written.
 * @param context how to resolve it.
 * @returns an absolute http(s) URL, or `undefined` when the link must become plain text.
 */
export function resolveHref(href: string, context: LinkContext): string | undefined {
  const target = termLinkTarget(href);
  if (target !== undefined) {
    const url = context.termUrl(target);
    const hash = href.indexOf('#');
    return url === undefined ? undefined : url + (hash === -1 ? '' : href.slice(hash));
  }
  let absolute = href;
  if (!SIMPLE_HTTP_URL.test(href)) {
    let url: URL;
    try {
      url = new URL(href, context.baseUrl);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    absolute = url.href;
  }
  return absolute.replace(/[[\]{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
