import { describe, expect, it } from 'vitest';
import { diffToJson, formatDiffMarkdown, formatDiffText } from './format-term-diff.js';
import type { GlossaryDiff } from './term-diff.js';

const labels = { base: 'origin/main', head: 'content' };

const diff: GlossaryDiff = {
  terms: [
    { kind: 'removed', id: 'old-term', label: 'Old term', fields: [], bump: 'major' },
    { kind: 'renamed', id: 'new-name', formerId: 'old-name', label: 'New name', fields: [], bump: 'major' },
    { kind: 'deprecated', id: 'dep', label: 'Dep', replacedBy: 'new-name', fields: [], bump: 'minor' },
    { kind: 'added', id: 'reward-tampering', label: 'Reward | tampering', fields: [], bump: 'minor' },
    {
      kind: 'changed', id: 'inner-alignment', label: 'Inner alignment', bump: 'patch',
      fields: [
        { field: 'shortDefinition' },
        { field: 'category', from: 'foundations', to: 'failure-modes' },
        { field: 'relations', added: [{ from: 'inner-alignment', kind: 'related', to: 'scheming' }], removed: [{ from: 'mesa-optimizer', kind: 'broader', to: 'inner-alignment' }] },
      ],
    },
  ],
  entities: [{ kind: 'added', entity: 'comparison', id: 'x-vs-y', bump: 'minor' }],
  bump: 'major',
};

describe('formatDiffText', () => {
  it('prints one line per change with the bump it implies, then the total', () => {
    expect(formatDiffText(diff, labels)).toBe([
      'changes from origin/main to content: 1 removed, 1 renamed, 1 deprecated, 1 added, 1 changed, 1 other file',
      '  removed: old-term → major',
      '  renamed: old-name ⇒ new-name → major',
      '  deprecated: dep (replaced by new-name) → minor',
      '  added: reward-tampering → minor',
      '  changed: inner-alignment (shortDefinition; category: foundations → failure-modes; relations +related scheming, −narrower mesa-optimizer) → patch',
      '  added comparison: x-vs-y → minor',
      'implied bump for alignment-glossary: major',
    ].join('\n'));
  });

  it('says when nothing changed', () => {
    expect(formatDiffText({ terms: [], entities: [], bump: 'none' }, labels)).toBe('no term or content changes from origin/main to content → none (no release needed)');
  });
});

describe('formatDiffMarkdown', () => {
  const md = formatDiffMarkdown(diff, labels);
  it('has a heading, the implied bump and a table row per change', () => {
    expect(md.split('\n').slice(0, 6)).toEqual([
      '### Glossary changes against `origin/main`',
      '',
      '1 removed, 1 renamed, 1 deprecated, 1 added, 1 changed, 1 other file. **Implied bump: major** for `alignment-glossary`.',
      '',
      '| Change | Term | Details | Bump |',
      '| --- | --- | --- | --- |',
    ]);
    expect(md).toContain('| renamed | New name (`old-name` ⇒ `new-name`) |  | major |');
    expect(md).toContain('| deprecated | Dep (`dep`) | replaced by `new-name` | minor |');
    expect(md).toContain('| added | comparison `x-vs-y` |  | minor |');
    expect(md).toContain('choose at least **major**');
  });

  it('escapes table-breaking characters in labels', () => {
    expect(md).toContain('| added | Reward \\| tampering (`reward-tampering`) |  | minor |');
    for (const row of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
      expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(6);
    }
  });

  it('says when nothing changed', () => {
    expect(formatDiffMarkdown({ terms: [], entities: [], bump: 'none' }, labels)).toContain('**Implied bump: none**');
  });
});

describe('diffToJson', () => {
  it('carries the bump, the package and a summary per field', () => {
    const json = diffToJson(diff, labels);
    expect(json).toMatchObject({ base: 'origin/main', head: 'content', package: 'alignment-glossary', bump: 'major' });
    expect(json.terms[4]!.fields[1]).toEqual({ field: 'category', from: 'foundations', to: 'failure-modes', summary: 'category: foundations → failure-modes' });
  });
});
