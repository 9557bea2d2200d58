import { describe, expect, it } from 'vitest';
import { root } from './build.js';
import { APPENDIX_DESCRIPTION, chapterContent } from './chapter-content.js';
import { planBook } from './plan-book.js';
import { serialize } from './serialize.js';
import { glossaryFrom, MINI_DIR, plainLinker } from './test-utils/fixtures.js';

const linker = plainLinker;

describe('chapterContent', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const plan = planBook(glossary, glossary.books.find((b) => b.id === 'small')!);

  it('gives the title, description and each term with its short definition', () => {
    const all = planBook(glossary, glossary.books.find((b) => b.id === 'all')!);
    expect(serialize(root(chapterContent(glossary, all.chapters[0]!, linker, 1)))).toBe([
      '# Basics',
      '',
      'The first category | with a pipe.',
      '',
      '- [Alpha](alpha.md) — The first term of the fixture, broader than beta.',
      '- [Beta](beta.md) — The second term, a narrower case of alpha, with a | pipe and "quotes" in its definition.',
      '',
    ].join('\n'));
  });

  it('explains what the appendix holds', () => {
    const markdown = serialize(root(chapterContent(glossary, plan.chapters[1]!, linker, 2)));
    expect(markdown.startsWith(`## Appendix: neighbouring terms\n\n${APPENDIX_DESCRIPTION}\n\n- [a\\*b_c`)).toBe(true);
  });
});
