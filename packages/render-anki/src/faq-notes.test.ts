import { describe, expect, it } from 'vitest';
import { faqNotes } from './faq-notes.js';
import { createNoteContext, FIELD_FORMAT_SINCE } from './note-context.js';
import { miniGlossary, withTerm } from './test-utils/glossaries.js';

describe('faqNotes', async () => {
  const glossary = await miniGlossary();
  const T = FIELD_FORMAT_SINCE + 1000;

  it('makes one note per entry, keyed by term id and index, with the term shown', () => {
    const context = createNoteContext(glossary, new Map([['gamma-star', T]]), T - 1);
    expect(faqNotes(glossary.termsById.get('gamma-star')!, context)).toEqual([{
      key: 'term:gamma-star:faq:0',
      kind: 'faq',
      fields: ['Does the label survive?', 'It must: a*b_c | `γ` 🚀 renders literally everywhere.', 'a*b_c | `γ` 🚀'],
      tags: ['category::edge-cases', 'faq', 'term::gamma-star'],
      mod: T,
      ords: [0],
    }]);
  });

  it('escapes text and keeps keys when entries are appended', () => {
    const faq = [{ question: 'Is <b>this</b> {{c1::safe}}?', answer: 'Yes & no.' }, { question: 'Second?', answer: 'Yes.' }];
    const changed = withTerm(glossary, 'beta', { faq });
    const notes = faqNotes(changed.termsById.get('beta')!, createNoteContext(changed, new Map(), T));
    expect(notes.map((n) => n.key)).toEqual(['term:beta:faq:0', 'term:beta:faq:1']);
    expect(notes[0]!.fields.slice(0, 2)).toEqual(['Is &lt;b&gt;this&lt;/b&gt; &#123;&#123;c1::safe&#125;&#125;?', 'Yes &amp; no.']);
  });
});
