import { loadGlossary, type Glossary, type RenderedFile } from '@alignment-glossary/core';
import { targets, type BuildContext } from '@alignment-glossary/cli';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The context the CLI would pass, with fixed times. */
export const CONTEXT: BuildContext = { version: '0.0.0-test', modifiedAt: new Map(), sourceDateEpoch: 1735689600, books: [] };

/** Loads a content folder and fails loudly when it is not valid (the generators must only produce valid content). */
export async function loadValid(dir: string): Promise<Glossary> {
  const { glossary, diagnostics } = await loadGlossary(dir);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!glossary) throw new Error(`generated content is invalid:\n${errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n')}`);
  return glossary;
}

/** Every target's files, keyed by target name then path, rendered exactly as `glossary build` does. */
export async function renderAll(glossary: Glossary): Promise<Map<string, Map<string, RenderedFile>>> {
  const out = new Map<string, Map<string, RenderedFile>>();
  for (const target of targets) {
    const files = await target.render(glossary, CONTEXT);
    out.set(target.name, new Map(files.map((f) => [f.path, f])));
  }
  return out;
}

export const text = (f: RenderedFile) => (typeof f.contents === 'string' ? f.contents : new TextDecoder().decode(f.contents));

export interface AnkiNote {
  readonly guid: string;
  readonly modelId: number;
  readonly fields: readonly string[];
  readonly tags: string;
}

export interface AnkiCollection {
  readonly notes: readonly AnkiNote[];
  readonly cards: number;
  /** Model id → its field names. */
  readonly modelFields: ReadonlyMap<number, readonly string[]>;
  /** Card ids whose note does not exist. */
  readonly orphanCards: number;
}

/** Unzips an `.apkg`, opens its `collection.anki2` with SQLite and reads notes, cards and note types back. */
export async function readApkg(apkg: Uint8Array): Promise<AnkiCollection> {
  const members = unzipSync(apkg);
  const collection = members['collection.anki21'] ?? members['collection.anki2'];
  if (!collection) throw new Error(`no collection in the package; members: ${Object.keys(members).join(', ')}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'ag-it-apkg-'));
  const file = path.join(dir, 'collection.anki2');
  await writeFile(file, collection);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const notes = (db.prepare('SELECT guid, mid, flds, tags FROM notes ORDER BY id').all() as { guid: string; mid: number; flds: string; tags: string }[])
      .map((n) => ({ guid: n.guid, modelId: n.mid, fields: n.flds.split('\u001f'), tags: n.tags }));
    const cards = (db.prepare('SELECT COUNT(*) AS n FROM cards').get() as { n: number }).n;
    const orphanCards = (db.prepare('SELECT COUNT(*) AS n FROM cards WHERE nid NOT IN (SELECT id FROM notes)').get() as { n: number }).n;
    const models = JSON.parse((db.prepare('SELECT models FROM col').get() as { models: string }).models) as Record<string, { flds: { name: string }[] }>;
    const modelFields = new Map(Object.entries(models).map(([id, m]) => [Number(id), m.flds.map((f) => f.name)]));
    return { notes, cards, modelFields, orphanCards };
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The notes one book's deck should hold: per distinct term, a Term note, one per FAQ entry and one per comparison. */
export function expectedAnkiNotes(glossary: Glossary, bookId: string): number {
  const book = glossary.books.find((b) => b.id === bookId)!;
  const ids = new Set([...book.chapters.flatMap((c) => c.terms), ...book.appendix]);
  let n = 0;
  for (const id of ids) {
    const term = glossary.termsById.get(id)!;
    n += 1 + term.faq.length + (glossary.comparisonsByTerm.get(id)?.length ?? 0);
  }
  return n;
}
