import type { RenderedFile } from '@alignment-glossary/core';
import { h } from 'hastscript';
import { DOWNLOAD_GROUPS, downloadTitle, formatSize, sha256, type Download } from './download.js';
import { renderPage, type SiteContext } from './layout.js';
import { downloadUrl, relativeHref } from './url.js';

/**
 * `downloads/index.html`: every download grouped by kind with its size and SHA-256. A group with no file in this
 * build says so instead of linking nothing.
 */
export function downloadsPage(ctx: SiteContext, downloads: readonly Download[]): RenderedFile {
  const file = 'downloads/index.html';
  return renderPage(ctx, {
    file,
    title: 'Downloads',
    description: `The ${ctx.glossary.config.title} as books, Anki decks, JSON-LD and Turtle.`,
    section: 'downloads',
    content: [
      h('h1', 'Downloads'),
      h('p', { className: ['lead'] }, `Everything on this site, in other formats. All files are built from the same content as these pages (version ${ctx.version}).`),
      ...DOWNLOAD_GROUPS.flatMap((group) => {
        const files = downloads.filter((d) => group.kinds.includes(d.kind));
        return [
          h('h2', { id: group.id }, group.title),
          h('p', group.text),
          files.length
            ? h(
                'ul',
                { className: ['downloads'] },
                files.map((d) =>
                  h('li', [
                    h('a', { href: relativeHref(file, downloadUrl(d.name)), download: d.name }, downloadTitle(ctx.glossary, d)),
                    h('span', { className: ['file-meta'] }, [` ${d.name}, ${formatSize(d)}. SHA-256 `, h('code', { className: ['hash'] }, sha256(d))]),
                  ]),
                ),
              )
            : h('p', { className: ['notice'] }, 'Not part of this build. Run npm run build at the repository root to produce these files.'),
        ];
      }),
      h('h2', { id: 'npm' }, 'npm package'),
      h('p', ['The data as a typed JavaScript module: ', h('code', 'npm install alignment-glossary'), '.']),
    ],
  });
}
