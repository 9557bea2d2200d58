import type { Root } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { fastMarkdown } from './fast-markdown.js';

const options: Options = {
  // Term bodies are CommonMark + GFM tables only (that is all core parses), so only the table extension: the full
  // GFM set would send every paragraph through the task-list handler and check text for autolink literals.
  extensions: [gfmTableToMarkdown()],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
};

/**
 * Serializes a term's explanation (already parsed into mdast by core) back to Markdown: CommonMark plus GFM
 * tables, with `term:<id>` links kept as they are. The tree is not re-parsed; only serialized. Most explanations
 * go through `fastMarkdown`, which writes the same text; the others through mdast-util-to-markdown.
 *
 * @param explanation the explanation tree of a validated term
 * @returns the Markdown text, without a trailing newline ('' for an empty explanation)
 */
export function explanationToMarkdown(explanation: Root): string {
  if (explanation.children.length === 0) return '';
  return fastMarkdown(explanation) ?? referenceMarkdown(explanation);
}

/** The explanation through mdast-util-to-markdown alone: what `fastMarkdown` must match. Not exported by the package. */
export function referenceMarkdown(explanation: Root): string {
  return toMarkdown(explanation, options).trimEnd();
}
