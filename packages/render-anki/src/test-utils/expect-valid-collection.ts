import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { fieldsOf, type Apkg } from './read-apkg.js';

/**
 * Anki's schema 11 (rslib/src/storage/schema11.sql), written out as data: per table its columns as
 * [name, type, not null, primary key]; per index its table and columns.
 */
const n = (name: string, type = 'integer'): [string, string, number, number] => [name, type, 1, 0];
const pk: [string, string, number, number] = ['id', 'integer', 0, 1];
const SCHEMA11_TABLES: Record<string, [string, string, number, number][]> = {
  col: [pk, n('crt'), n('mod'), n('scm'), n('ver'), n('dty'), n('usn'), n('ls'), n('conf', 'text'), n('models', 'text'), n('decks', 'text'), n('dconf', 'text'), n('tags', 'text')],
  notes: [pk, n('guid', 'text'), n('mid'), n('mod'), n('usn'), n('tags', 'text'), n('flds', 'text'), n('sfld'), n('csum'), n('flags'), n('data', 'text')],
  cards: [pk, n('nid'), n('did'), n('ord'), n('mod'), n('usn'), n('type'), n('queue'), n('due'), n('ivl'), n('factor'), n('reps'), n('lapses'), n('left'), n('odue'), n('odid'), n('flags'), n('data', 'text')],
  revlog: [pk, n('cid'), n('usn'), n('ease'), n('ivl'), n('lastIvl'), n('factor'), n('time'), n('type')],
  graves: [n('usn'), n('oid'), n('type')],
};
const SCHEMA11_INDEXES: Record<string, [string, string[]]> = {
  ix_notes_usn: ['notes', ['usn']],
  ix_cards_usn: ['cards', ['usn']],
  ix_revlog_usn: ['revlog', ['usn']],
  ix_cards_nid: ['cards', ['nid']],
  ix_cards_sched: ['cards', ['did', 'queue', 'due']],
  ix_revlog_cid: ['revlog', ['cid']],
  ix_notes_csum: ['notes', ['csum']],
};

/** Anki's sort-field text, written independently of anki-text.ts: a character scan instead of regexes. */
export function independentStrip(html: string): string {
  let text = '';
  for (let i = 0; i < html.length;) {
    if (html[i] !== '<') {
      text += html[i++];
      continue;
    }
    const end = html.indexOf('>', i);
    if (end === -1) {
      text += html.slice(i);
      break;
    }
    const media = /^<(?:img|audio|video|object|source)\b[^>]*?\b(?:src|data)=["']?([^"' >]+)/i.exec(html.slice(i, end + 1));
    if (media) text += ` ${media[1]} `;
    i = end + 1;
  }
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code === 0xa0 ? ' ' : String.fromCodePoint(code);
  });
}

/** Anki's csum: the first 8 hex digits of SHA-1 of the stripped first field. */
export const independentChecksum = (text: string) => Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);

/**
 * Checks a package the way Anki's importer relies on it: schema 11 tables, columns and indexes; integrity;
 * `col.ver` 11 and parseable JSON; every card pointing to an existing note, an existing deck and a valid
 * template or cloze ordinal; `sfld` and `csum` as Anki computes them; unique GUIDs; ids that are past ms
 * timestamps; new cards numbered in id order.
 */
export function expectValidCollection(apkg: Apkg, idCeiling: number): void {
  const { db } = apkg;
  expect(Object.keys(apkg.members).sort()).toEqual(['collection.anki2', 'media']);
  expect(new TextDecoder().decode(apkg.members.media)).toBe('{}');
  for (const [table, columns] of Object.entries(SCHEMA11_TABLES)) {
    const info = db.prepare(`pragma table_info(${table})`).all() as { name: string; type: string; notnull: number; pk: number }[];
    expect(info.map((c) => [c.name, c.type.toLowerCase(), c.notnull, c.pk]), table).toEqual(columns);
  }
  const indexes = db.prepare("select name, tbl_name from sqlite_master where type = 'index' order by name").all() as { name: string; tbl_name: string }[];
  expect(indexes.map((i) => i.name)).toEqual(Object.keys(SCHEMA11_INDEXES).sort());
  for (const { name, tbl_name: table } of indexes) {
    const columns = (db.prepare(`pragma index_info(${name})`).all() as { name: string }[]).map((c) => c.name);
    expect([table, columns], name).toEqual(SCHEMA11_INDEXES[name]);
  }
  expect((db.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((t) => t.name))
    .toEqual(Object.keys(SCHEMA11_TABLES).sort());
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

  const col = db.prepare('select * from col').all() as Record<string, number | string>[];
  expect(col).toHaveLength(1);
  expect(col[0]!.ver).toBe(11);
  expect(JSON.parse(col[0]!.tags as string)).toEqual({});
  expect(col[0]!.mod).toBe(Math.max(...apkg.notes.map((note) => note.mod), col[0]!.crt as number) * 1000);

  const notesById = new Map(apkg.notes.map((note) => [note.id, note]));
  expect(new Set(apkg.notes.map((note) => note.guid)).size).toBe(apkg.notes.length);
  for (const note of apkg.notes) {
    const model = apkg.models[String(note.mid)];
    expect(model, `notetype of note ${note.id}`).toBeDefined();
    const fields = fieldsOf(note);
    expect(fields).toHaveLength(model!.flds.length);
    expect(note.sfld).toBe(independentStrip(fields[model!.sortf]!));
    expect(note.csum).toBe(independentChecksum(independentStrip(fields[0]!)));
    expect(note.tags === '' || /^ (\S+ )+$/.test(note.tags)).toBe(true);
    expect(note.id).toBeLessThanOrEqual(idCeiling);
  }
  let position = 0;
  for (const card of apkg.cards) {
    const note = notesById.get(card.nid);
    expect(note, `note of card ${card.id}`).toBeDefined();
    expect(apkg.decks[String(card.did)], `deck of card ${card.id}`).toBeDefined();
    const model = apkg.models[String(note!.mid)]!;
    if (model.type === 1) expect(fieldsOf(note!)[0]).toContain(`{{c${card.ord + 1}::`);
    else expect(card.ord).toBeLessThan(model.tmpls.length);
    expect([card.type, card.queue, card.due]).toEqual([0, 0, ++position]);
    expect(card.id).toBeLessThanOrEqual(idCeiling);
  }
  expect(new Set(apkg.cards.map((c) => `${c.nid}/${c.ord}`)).size).toBe(apkg.cards.length);
  for (const deck of Object.values(apkg.decks)) expect(apkg.dconf[String(deck.conf)], deck.name).toBeDefined();
}
