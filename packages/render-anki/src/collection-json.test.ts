import { describe, expect, it } from 'vitest';
import { bookDeck } from './book-deck.js';
import { collectionJson } from './collection-json.js';
import { createNoteContext } from './note-context.js';
import { NOTETYPES } from './notetypes.js';
import { miniGlossary } from './test-utils/glossaries.js';

describe('collectionJson', async () => {
  const glossary = await miniGlossary();
  const deck = bookDeck(glossary.books[0]!, createNoteContext(glossary, new Map(), 1_800_000_000), '1');
  const json = collectionJson(deck, 1_800_000_123, 7);
  const decks = JSON.parse(json.decks) as Record<string, Record<string, unknown>>;
  const dconf = JSON.parse(json.dconf) as Record<string, Record<string, unknown>>;

  it('lists the notetypes under their ids', () => {
    expect(Object.keys(JSON.parse(json.models)).sort()).toEqual(Object.values(NOTETYPES).map((d) => String(d.id)).sort());
  });

  it('holds Default and the book decks, each with the keys Anki requires', () => {
    expect(Object.keys(decks).sort()).toEqual(['1', ...deck.decks.map((d) => String(d.id))].sort());
    for (const [id, d] of Object.entries(decks)) {
      for (const key of ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf', 'mod', 'desc']) expect(d, `${id}.${key}`).toHaveProperty(key);
      expect(d.id).toBe(Number(id));
      expect(d.dyn).toBe(0);
      expect(dconf[String(d.conf)]).toBeDefined();
    }
  });

  it('holds a deck options preset with the keys Anki requires', () => {
    const preset = dconf['1']!;
    for (const key of ['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse']) expect(preset).toHaveProperty(key);
    for (const key of ['delays', 'initialFactor', 'ints', 'order', 'perDay']) expect(preset.new).toHaveProperty(key);
    for (const key of ['ease4', 'ivlFct', 'maxIvl', 'perDay']) expect(preset.rev).toHaveProperty(key);
    for (const key of ['delays', 'leechAction', 'leechFails', 'minInt', 'mult']) expect(preset.lapse).toHaveProperty(key);
  });

  it('parses conf and tags as objects', () => {
    expect(JSON.parse(json.conf)).toMatchObject({ nextPos: 8, curModel: NOTETYPES.term.id, schedVer: 2 });
    expect(JSON.parse(json.tags)).toEqual({});
  });
});
