import type { Term } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { root } from './build.js';
import type { Linker } from './linker.js';
import { rewriteExplanation } from './rewrite-explanation.js';
import { serialize } from './serialize.js';
import { glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';
import { parseMarkdown } from './test-utils/parse.js';

const linker: Linker = {
  term: (id) => (id === 'outside' ? { url: `https://site.example/terms/${id}/` } : { url: `${id}.md` }),
  chapter: (slug) => ({ url: `${slug}.md` }),
};

describe('rewriteExplanation', async () => {
  const base = (await glossaryFrom(MINI_DIR)).termsById.get('alpha')!;
  const term = (markdown: string): Term => ({ ...base, explanation: parseMarkdown(markdown) });
  const render = (markdown: string, depth = 1) => serialize(root(rewriteExplanation(term(markdown), linker, depth)));

  it('points term: links where the linker says, dropping a fragment after the id', () => {
    expect(render('See [beta](term:beta), [far](term:outside) and [part](term:beta#history).')).toBe(
      'See [beta](beta.md), [far](https://site.example/terms/outside/) and [part](beta.md).\n',
    );
  });

  it('keeps http(s) links, and keeps only the text of fragment and relative links', () => {
    expect(render('[web](https://example.org/x), [frag](#here), [rel](../other.md) and [**bold rel**](x.md).')).toBe(
      '[web](https://example.org/x), frag, rel and **bold rel**.\n',
    );
  });

  it('turns reference-style links into inline links and drops the definitions', () => {
    expect(render('A [ref] and [text][t].\n\n[ref]: term:beta\n[t]: https://example.org/t\n')).toBe(
      'A [ref](beta.md) and [text](https://example.org/t).\n',
    );
  });

  it('starts headings one level below the title and never skips a level', () => {
    expect(render('## A\n\n#### B\n\n### C\n', 3).match(/^#+ \w+/gm)).toEqual(['#### A', '##### B', '##### C']);
    expect(render('### Only\n', 1).match(/^#+ \w+/gm)).toEqual(['## Only']);
    expect(render('## A\n\n### B\n\n#### C\n\n##### D\n', 3).match(/^#+ \w+/gm)).toEqual(['#### A', '##### B', '###### C', '###### D']);
  });

  it('leaves the glossary term untouched', () => {
    const original = term('[beta](term:beta)\n\n## H\n');
    const before = JSON.stringify(original.explanation);
    rewriteExplanation(original, linker, 3);
    expect(JSON.stringify(original.explanation)).toBe(before);
  });
});
