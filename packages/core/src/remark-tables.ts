import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/**
 * The one GFM construct term bodies may use: tables. A remark plugin (what remark-gfm does for all of GFM), so the
 * body dialect is CommonMark + tables: no autolink literals, strikethrough, task lists or footnotes.
 */
export function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
