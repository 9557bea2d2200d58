import type { EdgeSnapshot } from './glossary-snapshot.js';
import type { FieldChange, GlossaryDiff, TermChange } from './term-diff.js';

/** The package whose version content changes bump. */
export const DATA_PACKAGE = 'alignment-glossary';

/** Where the compared versions came from, for headings. */
export interface DiffLabels {
  readonly base: string;
  readonly head: string;
}

/** A relation as seen from `id`: `+broader reward-hacking`, `−related sycophancy`, `+narrower x` when `id` is the target. */
function describeEdge(id: string, e: EdgeSnapshot, sign: string): string {
  if (e.from === id) return `${sign}${e.kind} ${e.to}`;
  if (e.kind === 'related' || e.kind === 'contrasts') return `${sign}${e.kind} ${e.from}`;
  return `${sign}${e.kind === 'broader' ? 'narrower' : 'mitigatedBy'} ${e.from}`;
}

/** `shortDefinition`, `category: a → b`, `relations +related x, −broader y`. */
export function describeField(id: string, f: FieldChange): string {
  if (f.field === 'relations') {
    const parts = [...(f.added ?? []).map((e) => describeEdge(id, e, '+')), ...(f.removed ?? []).map((e) => describeEdge(id, e, '−'))];
    return `relations ${parts.join(', ')}`;
  }
  if (f.from !== undefined || f.to !== undefined) return `${f.field}: ${f.from ?? '(none)'} → ${f.to ?? '(none)'}`;
  return f.field;
}

/** A change line without its kind: `a ⇒ b`, `x (replaced by y)`, `z (shortDefinition, category: a → b)`. */
export function describeTermChange(c: TermChange, code: (id: string) => string = (id) => id): string {
  const fields = c.fields.map((f) => describeField(c.id, f)).join('; ');
  const main =
    c.kind === 'renamed' ? `${code(c.formerId!)} ⇒ ${code(c.id)}`
      : c.kind === 'deprecated' ? `${code(c.id)}${c.replacedBy ? ` (replaced by ${code(c.replacedBy)})` : ''}`
        : code(c.id);
  return fields && c.kind !== 'deprecated' ? `${main} (${fields})` : fields ? `${main}; also ${fields}` : main;
}

function counts(diff: GlossaryDiff): string {
  const n = new Map<string, number>();
  for (const c of diff.terms) n.set(c.kind, (n.get(c.kind) ?? 0) + 1);
  const parts = [...n].map(([kind, count]) => `${count} ${kind}`);
  if (diff.entities.length) parts.push(`${diff.entities.length} other file${diff.entities.length === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/**
 * The diff for a terminal: one line per change in the form `added: reward-tampering → minor`, then the bump the
 * changes imply.
 */
export function formatDiffText(diff: GlossaryDiff, labels: DiffLabels): string {
  if (diff.terms.length === 0 && diff.entities.length === 0) {
    return `no term or content changes from ${labels.base} to ${labels.head} → none (no release needed)`;
  }
  const lines = [`changes from ${labels.base} to ${labels.head}: ${counts(diff)}`];
  for (const c of diff.terms) lines.push(`  ${c.kind}: ${describeTermChange(c)} → ${c.bump}`);
  for (const e of diff.entities) lines.push(`  ${e.kind} ${e.entity}: ${e.id} → ${e.bump}`);
  lines.push(`implied bump for ${DATA_PACKAGE}: ${diff.bump}`);
  return lines.join('\n');
}

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/**
 * The diff as a pull-request comment (GitHub Markdown): a heading, a table of changes with the bump each implies,
 * and the bump the changeset must declare.
 */
export function formatDiffMarkdown(diff: GlossaryDiff, labels: DiffLabels): string {
  const out = [`### Glossary changes against \`${labels.base}\``, ''];
  if (diff.terms.length === 0 && diff.entities.length === 0) {
    out.push('No term or content changes. **Implied bump: none** (no changeset needed for the content).');
    return out.join('\n');
  }
  out.push(`${counts(diff)}. **Implied bump: ${diff.bump}** for \`${DATA_PACKAGE}\`.`, '');
  out.push('| Change | Term | Details | Bump |', '| --- | --- | --- | --- |');
  const code = (id: string) => `\`${id}\``;
  for (const c of diff.terms) {
    const term = `${cell(c.label)} (${c.kind === 'renamed' ? `${code(c.formerId!)} ⇒ ${code(c.id)}` : code(c.id)})`;
    const details = [
      ...(c.kind === 'deprecated' && c.replacedBy ? [`replaced by ${code(c.replacedBy)}`] : []),
      ...c.fields.map((f) => cell(describeField(c.id, f))),
    ];
    out.push(`| ${c.kind} | ${term} | ${details.join('; ')} | ${c.bump} |`);
  }
  for (const e of diff.entities) out.push(`| ${e.kind} | ${e.entity} ${code(e.id)} |  | ${e.bump} |`);
  out.push(
    '',
    `<sub>Removed or renamed id → major · new term or deprecation → minor · any other edit → patch. ` +
      `Add a changeset with \`npx changeset\` (pick \`${DATA_PACKAGE}\`, choose at least **${diff.bump}**); see CONTRIBUTING.md.</sub>`,
  );
  return out.join('\n');
}

/** The diff as plain data for `--format json`. */
export function diffToJson(diff: GlossaryDiff, labels: DiffLabels) {
  return {
    base: labels.base,
    head: labels.head,
    package: DATA_PACKAGE,
    bump: diff.bump,
    terms: diff.terms.map((c) => ({ ...c, fields: c.fields.map((f) => ({ ...f, summary: describeField(c.id, f) })) })),
    entities: diff.entities,
  };
}
