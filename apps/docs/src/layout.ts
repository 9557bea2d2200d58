import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { relativeHref } from './url.js';

/** What every page needs to know about the site. */
export interface SiteContext {
  readonly glossary: Glossary;
  /** The data package version the site was built from. */
  readonly version: string;
  /** The source repository, for "edit this term" and contributing links. */
  readonly repositoryUrl: string;
}

/** The top-level sections, for the navigation bar. */
export type Section = 'home' | 'terms' | 'categories' | 'comparisons' | 'map' | 'downloads' | 'search';

/** One page: where it goes, its metadata and what goes inside `<main>`. */
export interface PageSpec {
  /** The file, relative to the site root, e.g. `terms/inner-alignment/index.html`. */
  readonly file: string;
  /** The page's own title; the site title is appended in `<title>`. */
  readonly title: string;
  /** One or two sentences for `<meta name="description">`. */
  readonly description: string;
  /** The navigation entry to mark as current. (optional) */
  readonly section?: Section;
  /** The content of `<main>`. */
  readonly content: readonly ElementContent[];
  /** Extra elements for `<head>` (e.g. a JSON-LD script). (optional) */
  readonly head?: readonly ElementContent[];
  /** Module scripts to load, site-root-relative. (optional) */
  readonly scripts?: readonly string[];
  /** Let `<main>` use the full window width (the map). (optional) */
  readonly wide?: boolean;
  /**
   * Link from this root path (e.g. `/`) instead of relative to `file`: for a page served at URLs other than its
   * own file, like `404.html`. (optional)
   */
  readonly absoluteRoot?: string;
  /** The site-root-relative URL search engines should index instead of this page's own, or false for none. (optional) */
  readonly canonical?: string | false;
}

const NAV: readonly { section: Section; url: string; label: string }[] = [
  { section: 'terms', url: 'terms/', label: 'Terms A–Z' },
  { section: 'categories', url: 'categories/', label: 'Categories' },
  { section: 'comparisons', url: 'comparisons/', label: 'Comparisons' },
  { section: 'map', url: 'map/', label: 'Map' },
  { section: 'downloads', url: 'downloads/', label: 'Downloads' },
];

/**
 * The site's Content-Security-Policy: only this site's own scripts, styles and data; WebAssembly for the search
 * index; no inline script or style, no plugins, no framing of forms elsewhere.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'";

/**
 * Wraps a page's content in the shared document: head (charset, viewport, CSP, description, canonical URL,
 * stylesheet, icon), a skip link, the header with navigation and search, and the footer. Serializes with
 * hast-util-to-html, so every text is escaped exactly once.
 */
export function renderPage(ctx: SiteContext, page: PageSpec): RenderedFile {
  const { config } = ctx.glossary;
  const href = (to: string) => (page.absoluteRoot === undefined ? relativeHref(page.file, to) : `${page.absoluteRoot}${to}`);
  const url = page.file.replace(/index\.html$/, '');
  const fullTitle = page.section === 'home' ? config.title : `${page.title} — ${config.title}`;
  const head: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('title', fullTitle),
    h('meta', { name: 'description', content: page.description }),
    ...(page.canonical === false ? [] : [h('link', { rel: 'canonical', href: `${config.siteUrl.replace(/\/+$/, '')}/${page.canonical ?? url}` })]),
    h('link', { rel: 'icon', href: href('favicon.svg'), type: 'image/svg+xml' }),
    h('link', { rel: 'stylesheet', href: href('assets/site.css') }),
    ...(page.scripts ?? []).map((src) => h('script', { type: 'module', src: href(src) })),
    ...(page.head ?? []),
  ];
  const header = h('header', { className: ['site-header'] }, [
    h('div', { className: ['wrap', 'header-inner'] }, [
      h('a', { className: ['brand'], href: href(''), ariaCurrent: page.section === 'home' ? 'page' : undefined }, config.title),
      h('nav', { ariaLabel: 'Main' }, [
        h(
          'ul',
          NAV.map((item) =>
            h('li', [h('a', { href: href(item.url), ariaCurrent: item.section === page.section ? 'page' : undefined }, item.label)]),
          ),
        ),
      ]),
      searchForm(href('search/'), 'site-search', 'Site search'),
    ]),
  ]);
  const footer = h('footer', { className: ['site-footer'] }, [
    h('div', { className: ['wrap'] }, [
      h('p', [
        `${config.title}, version ${ctx.version}. Content licensed ${config.license}. `,
        h('a', { href: ctx.repositoryUrl }, 'Source and contributing'),
        '.',
      ]),
    ]),
  ]);
  const html: Element = h('html', { lang: config.language }, [
    h('head', head),
    h('body', [
      h('a', { className: ['skip-link'], href: '#main' }, 'Skip to content'),
      header,
      h('main', { id: 'main', className: page.wide ? ['wrap', 'wide'] : ['wrap'] }, [...page.content]),
      footer,
    ]),
  ]);
  const tree: Root = { type: 'root', children: [{ type: 'doctype' }, html] };
  return { path: page.file, contents: `${toHtml(tree)}\n` };
}

/**
 * The search form: a GET form to the search page (which runs the query with Pagefind), so it also works as a
 * plain link target and needs no script on the page that holds it.
 *
 * @param action href of the search page
 * @param id the input's id, unique on the page
 * @param name the accessible name of the search landmark, unique on the page
 */
export function searchForm(action: string, id: string, name: string): Element {
  return h('form', { role: 'search', ariaLabel: name, action, method: 'get', className: ['search-form'] }, [
    h('label', { htmlFor: id, className: ['visually-hidden'] }, 'Search the glossary'),
    h('input', { type: 'search', id, name: 'q', placeholder: 'Search terms…', autoComplete: 'off' }),
    h('button', { type: 'submit' }, 'Search'),
  ]);
}
