import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';

/** A note row as stored. */
export interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  usn: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
  flags: number;
  data: string;
}

/** A card row as stored. */
export interface CardRow {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
  type: number;
  queue: number;
  due: number;
}

/** An unpacked `.apkg`: its zip members and the collection opened read-only from memory. */
export interface Apkg {
  readonly members: Record<string, Uint8Array>;
  readonly db: Database.Database;
  readonly notes: NoteRow[];
  readonly cards: CardRow[];
  /** `col.models`, `col.decks`, `col.dconf`, `col.conf` parsed. */
  readonly models: Record<string, { id: number; name: string; type: number; sortf: number; flds: { name: string }[]; tmpls: { name: string }[]; mod: number }>;
  readonly decks: Record<string, { id: number; name: string; conf: number }>;
  readonly dconf: Record<string, { id: number }>;
  readonly conf: Record<string, unknown>;
}

/** Unzips a package with fflate and opens `collection.anki2` with better-sqlite3 from a Buffer (no disk). */
export function readApkg(bytes: string | Uint8Array): Apkg {
  if (typeof bytes === 'string') throw new Error('an .apkg must be binary');
  const members = unzipSync(bytes);
  const collection = members['collection.anki2'];
  if (!collection) throw new Error('no collection.anki2 in the package');
  return openCollection(collection, members);
}

/** Opens a collection file from memory, read-only, and reads its notes, cards and JSON columns. */
export function openCollection(collection: Uint8Array, members: Record<string, Uint8Array> = { 'collection.anki2': collection, media: new TextEncoder().encode('{}') }): Apkg {
  const db = new Database(Buffer.from(collection), { readonly: true });
  const col = db.prepare('select models, decks, dconf, conf from col').get() as Record<string, string>;
  return {
    members,
    db,
    notes: db.prepare('select id, guid, mid, mod, usn, tags, flds, cast(sfld as text) as sfld, csum, flags, data from notes order by id').all() as NoteRow[],
    cards: db.prepare('select id, nid, did, ord, mod, type, queue, due from cards order by id').all() as CardRow[],
    models: JSON.parse(col.models!),
    decks: JSON.parse(col.decks!),
    dconf: JSON.parse(col.dconf!),
    conf: JSON.parse(col.conf!),
  };
}

/** The fields of a note row. */
export const fieldsOf = (note: NoteRow): string[] => note.flds.split('\x1f');
