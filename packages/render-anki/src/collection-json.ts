import type { BookDeck } from './book-deck.js';
import { NOTETYPES, notetypeJson } from './notetypes.js';

/** The JSON columns of the `col` row, as strings. */
export interface CollectionJson {
  readonly conf: string;
  readonly models: string;
  readonly decks: string;
  readonly dconf: string;
  readonly tags: string;
}

const today = [0, 0];

function deckJson(id: number, name: string, description: string, mod: number): Record<string, unknown> {
  return {
    id,
    mod,
    name,
    usn: -1,
    lrnToday: today,
    revToday: today,
    newToday: today,
    timeToday: today,
    collapsed: false,
    browserCollapsed: false,
    desc: description,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Anki's default deck options (rslib/src/deckconfig/schema11.rs `Default`), as preset 1. */
function defaultDeckConfig(mod: number): Record<string, unknown> {
  return {
    id: 1,
    mod,
    name: 'Default',
    usn: -1,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
}

/**
 * The JSON held in the `col` row (conf, models, decks, dconf, tags) for one book's package: the three notetypes,
 * Anki's "Default" deck (id 1) and the book's decks, all on deck options preset 1.
 *
 * @param deck the book's decks and notes.
 * @param mod the collection's modification time in seconds (used for decks and the options preset).
 * @param cardCount the number of cards, for `nextPos`.
 * @returns the five JSON strings.
 */
export function collectionJson(deck: BookDeck, mod: number, cardCount: number): CollectionJson {
  const models: Record<string, unknown> = {};
  for (const def of Object.values(NOTETYPES)) models[String(def.id)] = notetypeJson(def);
  const decks: Record<string, unknown> = { 1: deckJson(1, 'Default', '', mod) };
  for (const d of deck.decks) decks[String(d.id)] = deckJson(d.id, d.name, d.description, mod);
  const conf = {
    activeDecks: [1],
    addToCur: true,
    collapseTime: 1200,
    curDeck: 1,
    curModel: NOTETYPES.term.id,
    dueCounts: true,
    estTimes: true,
    newSpread: 0,
    nextPos: cardCount + 1,
    schedVer: 2,
    sortBackwards: false,
    sortType: 'noteFld',
    timeLim: 0,
  };
  return {
    conf: JSON.stringify(conf),
    models: JSON.stringify(models),
    decks: JSON.stringify(decks),
    dconf: JSON.stringify({ 1: defaultDeckConfig(mod) }),
    tags: '{}',
  };
}
