import { describe, expect, it } from 'vitest';
import { stripHtml } from './anki-text.js';
import { clozeNotes } from './cloze-notes.js';
import { createNoteContext, FIELD_FORMAT_SINCE } from './note-context.js';
import { miniGlossary } from './test-utils/glossaries.js';
import { hostileGlossary } from './test-utils/hostile-glossary.js';
import { unsafeParts } from './test-utils/unsafe-parts.js';

/** How Anki reads `{{cN::text::hint}}`: the text runs to the first `::` or `}}`. */
function deletions(field: string): { n: number; text: string; hint?: string }[] {
  return [...field.matchAll(/\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}/gs)].map(([, n, text, hint]) => ({ n: Number(n), text: text!, ...(hint === undefined ? {} : { hint }) }));
}

describe('clozeNotes', async () => {
  const T = FIELD_FORMAT_SINCE + 1000;

  it('makes one note per (comparison, term), one deletion per row', async () => {
    const glossary = await miniGlossary();
    const context = createNoteContext(glossary, new Map([['alpha', T], ['beta', T + 3], ['comparisons/alpha-vs-beta', T + 1]]), T - 1);
    const [note, ...rest] = clozeNotes(glossary.termsById.get('alpha')!, context);
    expect(rest).toEqual([]);
    expect(note).toMatchObject({ key: 'comparison:alpha-vs-beta:term:alpha', kind: 'cloze', ords: [0, 1], mod: T + 3 });
    expect(note!.fields[0]).toBe('<div>Alpha — Position: {{c1::first | one}}</div>\n<div>Alpha — Special *chars*: {{c2::a*b_c}}</div>');
    expect(note!.fields[1]).toBe('Alpha vs beta | pipes');
    expect(note!.fields[2]).toContain('<tr><th>Position</th><td>first | one</td><td>second</td></tr>');
    expect(note!.tags).toEqual(['category::basics', 'comparison::alpha-vs-beta', 'term::alpha']);
  });

  it('keeps }} and :: inside values from ending a deletion or starting a hint', () => {
    const glossary = hostileGlossary();
    const [note] = clozeNotes(glossary.termsById.get('evil')!, createNoteContext(glossary, new Map(), T));
    const found = deletions(note!.fields[0]!);
    expect(found.map((d) => ({ ...d, text: stripHtml(d.text) }))).toEqual([
      { n: 1, text: 'wrong }} target :: hint' },
      { n: 2, text: 'a {{c3::b}} c' },
    ]);
    expect(unsafeParts(note!.fields[0]!, 2)).toEqual([]);
    expect(unsafeParts(note!.fields[1]!)).toEqual([]);
    expect(unsafeParts(note!.fields[2]!)).toEqual([]);
  });
});
