import { describe, expect, it } from 'vitest';
import { checkSummary } from './summary-grammar.js';

// The checker is itself tested on the examples from mdBook's format/summary.md, so a renderer test that relies
// on it can trust both its "yes" and its "no".
describe('checkSummary (mdBook SUMMARY.md grammar)', () => {
  it('accepts the documented structure: title, prefix, parts with nested numbered chapters, draft, suffix', () => {
    const result = checkSummary([
      '# Summary',
      '',
      '[A Prefix Chapter](relative/path/to/markdown.md)',
      '',
      '---',
      '',
      '# My Part Title',
      '',
      '- [First Chapter](relative/path/to/markdown2.md)',
      '- [Second Chapter](relative/path/to/markdown3.md)',
      '  - [Sub Chapter](relative/path/to/markdown4.md)',
      '',
      '# Title of Another Part',
      '',
      '- [Another Chapter](relative/path/to/markdown5.md)',
      '- [Draft Chapter]()',
      '',
      '[Title of Suffix Chapter](relative/path/to/markdown6.md)',
      '',
    ].join('\n'));
    expect(result.errors).toEqual([]);
    expect(result.title).toBe('Summary');
    expect(result.partTitles).toEqual(['My Part Title', 'Title of Another Part']);
    expect(result.entries.map((e) => [e.kind, e.number ?? '', e.path ?? '(draft)'])).toEqual([
      ['prefix', '', 'relative/path/to/markdown.md'],
      ['numbered', '1', 'relative/path/to/markdown2.md'],
      ['numbered', '2', 'relative/path/to/markdown3.md'],
      ['numbered', '2.1', 'relative/path/to/markdown4.md'],
      ['numbered', '3', 'relative/path/to/markdown5.md'],
      ['numbered', '4', '(draft)'],
      ['suffix', '', 'relative/path/to/markdown6.md'],
    ]);
  });

  it('rejects a list after suffix chapters, mixed bullets, extra text in items, reserved and non-relative paths', () => {
    expect(checkSummary('- [A](a.md)\n\n[S](s.md)\n\n- [B](b.md)\n').errors).toContain('suffix chapters cannot be followed by a list or a part title');
    expect(checkSummary('- [A](a.md)\n  * [B](b.md)\n').errors).toContain('bullets are mixed: - and *');
    expect(checkSummary('- [A](a.md) and more\n').errors[0]).toMatch(/exactly one link/);
    expect(checkSummary('- [P](print.md)\n').errors).toContain('"print.md" is a reserved file name');
    expect(checkSummary('- [P](https://example.org/p.md)\n').errors).toContain('"https://example.org/p.md" is not a relative path');
    expect(checkSummary('- [P](../p.md)\n').errors).toContain('"../p.md" leaves the src folder');
    expect(checkSummary('Some prose.\n').errors[0]).toMatch(/only chapter links/);
    expect(checkSummary('- [A](a.md)\n- [B](a.md)\n').errors).toContain('"a.md" is listed twice');
  });
});
