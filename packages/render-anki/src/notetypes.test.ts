import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSS, NOTETYPES, NOTETYPES_MOD, notetypeJson } from './notetypes.js';

/**
 * The golden pins what learners' collections depend on. Changing a notetype id, a field or a template name breaks
 * every learner's updates (a major release); see the comment at the top of notetypes.ts.
 */
const golden = JSON.parse(readFileSync(new URL('./notetypes.golden.json', import.meta.url), 'utf8')) as {
  /** Every CSS/template version so far, oldest first: `mod` must grow with every new hash. */
  templateHistory: { mod: number; htmlHash: string }[];
  notetypes: Record<string, { id: number; name: string; type: number; sortField: string; fields: string[]; templates: string[] }>;
};

const identity = Object.fromEntries(
  Object.values(NOTETYPES).map((def) => [
    def.kind,
    { id: def.id, name: def.name, type: def.type, sortField: def.fields[def.sortField], fields: def.fields, templates: def.templates.map((t) => t.name) },
  ]),
);

const htmlHash = createHash('sha256')
  .update(JSON.stringify([CSS, Object.values(NOTETYPES).map((def) => def.templates.map((t) => [t.qfmt, t.afmt]))]))
  .digest('hex');

describe('notetypes', () => {
  it('keep their ids, field names and template names (changing them is a major change)', () => {
    expect(identity).toEqual(golden.notetypes);
  });

  it('bump NOTETYPES_MOD whenever CSS or template HTML changes, so learners receive it', () => {
    const latest = golden.templateHistory.at(-1)!;
    const message = htmlHash === latest.htmlHash
      ? 'NOTETYPES_MOD changed although CSS and templates did not'
      : `CSS or templates changed: set NOTETYPES_MOD in notetypes.ts to the current time in seconds and append `
        + `{ "mod": <that>, "htmlHash": "${htmlHash}" } to templateHistory in notetypes.golden.json`;
    expect({ mod: NOTETYPES_MOD, htmlHash }, message).toEqual(latest);
    golden.templateHistory.slice(1).forEach((entry, i) => {
      expect(entry.mod, 'templateHistory: mod must grow').toBeGreaterThan(golden.templateHistory[i]!.mod);
      expect(entry.htmlHash, 'templateHistory: one entry per change').not.toBe(golden.templateHistory[i]!.htmlHash);
    });
  });

  it('reference only their own fields in templates', () => {
    for (const def of Object.values(NOTETYPES)) {
      for (const template of def.templates) {
        for (const [, name] of `${template.qfmt}${template.afmt}`.matchAll(/\{\{[#/^]?(?:cloze:|text:)?([^}]+)\}\}/g)) {
          if (name !== 'FrontSide') expect(def.fields, `${def.name} / ${template.name}`).toContain(name);
        }
      }
    }
  });

  it('serialize to the schema-11 JSON Anki requires', () => {
    for (const def of Object.values(NOTETYPES)) {
      const json = notetypeJson(def) as Record<string, unknown> & { flds: Record<string, unknown>[]; tmpls: Record<string, unknown>[] };
      for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) expect(json).toHaveProperty(key);
      for (const field of json.flds) for (const key of ['name', 'ord', 'sticky', 'rtl', 'font', 'size', 'id']) expect(field).toHaveProperty(key);
      for (const template of json.tmpls) for (const key of ['name', 'ord', 'qfmt', 'afmt', 'id']) expect(template).toHaveProperty(key);
      expect(json.flds.map((f) => f.ord)).toEqual(def.fields.map((_, i) => i));
      expect(new Set(json.flds.map((f) => f.id)).size).toBe(def.fields.length);
      expect(json.mod).toBe(NOTETYPES_MOD);
    }
  });

  it('style night mode as well as day mode', () => {
    expect(CSS).toContain('.nightMode');
    expect(CSS).toContain('.night_mode');
  });
});
