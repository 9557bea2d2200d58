import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';

const options: Options = {
  extensions: [gfmToMarkdown()],
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
 * tables, with `term:<id>` links kept as they are. The tree is not re-parsed; only serialized.
 *
 * @param explanation the explanation tree of a validated term
 * @returns the Markdown text, without a trailing newline ('' for an empty explanation)
 */
export function explanationToMarkdown(explanation: Root): string {
  if (explanation.children.length === 0) return '';
  return toMarkdown(explanation, options).trimEnd();
}
