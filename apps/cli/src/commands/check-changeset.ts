import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type Options } from '../cli.js';
import { DATA_PACKAGE, formatDiffText } from '../format-term-diff.js';
import { git, repoLocation, resolveCommit, tryGit } from '../git.js';
import { parseChangeset } from '../parse-changeset.js';
import { compareBumps, maxBump, type Bump } from '../term-diff.js';
import { computeDiff, reportInvalidHead } from './diff.js';
import { displayDir } from './shared.js';

/** Refs tried, in order, when --base is not given. */
export const DEFAULT_BASES = ['origin/main', 'main', 'HEAD~1'] as const;

/** The changesets added or modified since `commit` (committed or not), as paths relative to the repository. */
async function changesetFilesSince(top: string, commit: string): Promise<string[]> {
  const changed = await git(['diff', '--name-only', '--diff-filter=AMR', commit, '--', '.changeset'], top);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '--', '.changeset'], top);
  const files = new Set([...changed.split('\n'), ...untracked.split('\n')].map((f) => f.trim()));
  return [...files].filter((f) => /^\.changeset\/[^/]+\.md$/.test(f) && !/\/README\.md$/i.test(f)).sort();
}

/** What to do when the changeset is missing or too small. */
function howToAdd(bump: Bump): string {
  return [
    'Add one: run "npx changeset", select alignment-glossary, choose ' + bump + ' and write one line for the changelog.',
    `Or create .changeset/<any-name>.md with:`,
    '',
    '    ---',
    `    "${DATA_PACKAGE}": ${bump}`,
    '    ---',
    '',
    '    Add the term "…" (one line: what changed, for the changelog).',
    '',
    'Commit it with your change. Which bump a change needs: CONTRIBUTING.md, "Changesets: which bump".',
  ].join('\n');
}

/**
 * `glossary check-changeset [--base ref] [--content dir]`: fails when the content changed since the base (its merge
 * base with HEAD) but no changeset added since then releases alignment-glossary with at least the implied bump.
 */
export async function checkChangesetCommand(positionals: readonly string[], options: Options): Promise<number> {
  if (positionals.length) throw new UsageError('check-changeset takes no arguments; use --base <ref> and --content <dir>');
  const dir = options.content ?? 'content';
  const where = await repoLocation(dir);
  if (!where) throw new UsageError(`${displayDir(dir)} is not inside a git repository; check-changeset compares with a git ref`);
  let ref = options.base;
  if (ref === undefined) {
    for (const candidate of DEFAULT_BASES) {
      if (await resolveCommit(candidate, dir)) {
        ref = candidate;
        break;
      }
    }
    if (ref === undefined) throw new UsageError(`no base to compare with: none of ${DEFAULT_BASES.join(', ')} exists; pass --base <ref>`);
  }
  const commit = await resolveCommit(ref, dir);
  if (!commit) throw new UsageError(`"${ref}" is not a git ref here. In CI, check out with fetch-depth: 0 so the base branch is present`);
  const base = (await tryGit(['merge-base', commit, 'HEAD'], dir))?.trim() || commit;

  const { diff, head, notes } = await computeDiff(base, dir);
  if (!diff) {
    reportInvalidHead(dir, head);
    return 1;
  }
  for (const n of notes) console.error(n);
  if (diff.bump === 'none') {
    console.log(`✔ no content change since ${ref} needs a release (implied bump: none)`);
    return 0;
  }
  console.log(formatDiffText(diff, { base: ref, head: displayDir(dir) }));

  const files = await changesetFilesSince(where.top, base);
  const declared: Bump[] = [];
  const naming: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(path.join(where.top, file), 'utf8');
    } catch {
      continue; // renamed away or deleted in the working tree
    }
    try {
      const bump = parseChangeset(text).releases.get(DATA_PACKAGE);
      if (bump) {
        declared.push(bump);
        naming.push(`${file} (${bump})`);
      }
    } catch (error) {
      console.error(`\n✖ ${file}: ${(error as Error).message}`);
      return 1;
    }
  }
  const found = maxBump(declared);
  if (compareBumps(found, diff.bump) >= 0) {
    console.log(`\n✔ ${naming.join(', ')} release${naming.length === 1 ? 's' : ''} ${DATA_PACKAGE} as ${found}; the content changes need at least ${diff.bump}`);
    return 0;
  }
  const what = found === 'none'
    ? `no changeset added since ${ref} releases ${DATA_PACKAGE}${files.length ? ` (found ${files.join(', ')}, for other packages)` : ''}`
    : `the changesets added since ${ref} release ${DATA_PACKAGE} only as ${found} (${naming.join(', ')})`;
  console.log(`\n✖ the content changed (implied bump: ${diff.bump}), but ${what}.\n\n${howToAdd(diff.bump)}`);
  return 1;
}
