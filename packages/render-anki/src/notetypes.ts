/**
 * The three note types of the Alignment Glossary decks.
 *
 * ┌──────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
 * │ CHANGING A NOTETYPE'S ID, FIELDS (names, order, count) OR TEMPLATES (names, order, count) IS A MAJOR CHANGE.  │
 * │ Anki matches notetypes by id and compares their field and template names (and ids). If they differ from the   │
 * │ copy in a learner's collection, Anki imports a second notetype with a new id, and every existing note of the  │
 * │ glossary is then logged as "conflicting" and never updated again. src/notetypes.golden.json pins all of it.   │
 * │                                                                                                              │
 * │ Editing CSS or the HTML inside `qfmt`/`afmt` is safe, but only reaches learners when NOTETYPES_MOD grows:      │
 * │ Anki replaces its copy of a notetype only when the incoming `mod` is newer. notetypes.test.ts fails until you   │
 * │ bump it (set it to the current time, in seconds) and update the golden.                                       │
 * └──────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
 */
import { stableId } from './stable-id.js';

/** The `mod` of every notetype, in seconds. Bump it whenever CSS or template HTML changes (see above). */
export const NOTETYPES_MOD = 1795564800; // 2026-11-25T00:00:00Z

/** The notetype kinds this renderer emits. */
export type NotetypeKind = 'term' | 'faq' | 'cloze';

/** A card template: a name and the question/answer HTML. */
export interface TemplateDef {
  readonly name: string;
  readonly qfmt: string;
  readonly afmt: string;
}

/** A notetype definition: the parts of Anki's schema-11 notetype JSON this renderer decides. */
export interface NotetypeDef {
  readonly kind: NotetypeKind;
  readonly id: number;
  readonly name: string;
  /** 0 standard, 1 cloze. */
  readonly type: 0 | 1;
  readonly fields: readonly string[];
  /** The field shown in the browser's Sort Field column and stored in `sfld`. */
  readonly sortField: number;
  readonly templates: readonly TemplateDef[];
  /** Legacy card requirements `[ord, "any", [field ords]]`, kept for older clients. */
  readonly req: readonly (readonly [number, 'any', readonly number[]])[];
}

const DETAILS = `<div class="ag-details">
{{#Explanation}}<div class="ag-explanation">{{Explanation}}</div>{{/Explanation}}
{{#Related}}<div class="ag-section"><div class="ag-label">Related</div>{{Related}}</div>{{/Related}}
{{#Sources}}<div class="ag-section"><div class="ag-label">Sources</div>{{Sources}}</div>{{/Sources}}
{{#Category}}<div class="ag-category">{{Category}}</div>{{/Category}}
</div>`;

const TERM_FRONT = `<div class="ag-kind">Term</div>
<div class="ag-term" dir="auto">{{Term}}</div>
{{#Aliases}}<div class="ag-aliases" dir="auto">{{Aliases}}</div>{{/Aliases}}`;

const DEFINITION_FRONT = `<div class="ag-kind">Which term?</div>
<div class="ag-definition" dir="auto">{{Definition}}</div>`;

/**
 * Term: one note per glossary term, two cards.
 * Field 0 is `Id` on purpose: Anki hashes field 0 into `csum` and uses it for duplicate detection, and the id is
 * unique and never changes, so relabelling a term never makes it look like a duplicate. `sortf` points at `Term`.
 */
const TERM: NotetypeDef = {
  kind: 'term',
  id: stableId('notetype:term'),
  name: 'Alignment Glossary: Term',
  type: 0,
  fields: ['Id', 'Term', 'Definition', 'Explanation', 'Aliases', 'Category', 'Related', 'Sources'],
  sortField: 1,
  templates: [
    {
      name: 'Term → Definition',
      qfmt: TERM_FRONT,
      afmt: `{{FrontSide}}
<hr id="answer">
<div class="ag-definition" dir="auto">{{Definition}}</div>
${DETAILS}`,
    },
    {
      name: 'Definition → Term',
      qfmt: DEFINITION_FRONT,
      afmt: `{{FrontSide}}
<hr id="answer">
<div class="ag-term" dir="auto">{{Term}}</div>
{{#Aliases}}<div class="ag-aliases" dir="auto">{{Aliases}}</div>{{/Aliases}}
${DETAILS}`,
    },
  ],
  req: [[0, 'any', [1]], [1, 'any', [2]]],
};

/** FAQ: one note per FAQ entry of a term. The term is shown with the question, since questions say "this". */
const FAQ: NotetypeDef = {
  kind: 'faq',
  id: stableId('notetype:faq'),
  name: 'Alignment Glossary: FAQ',
  type: 0,
  fields: ['Question', 'Answer', 'Term'],
  sortField: 0,
  templates: [
    {
      name: 'Question → Answer',
      qfmt: `<div class="ag-kind" dir="auto">{{Term}}</div>
<div class="ag-question" dir="auto">{{Question}}</div>`,
      afmt: `{{FrontSide}}
<hr id="answer">
<div class="ag-answer" dir="auto">{{Answer}}</div>`,
    },
  ],
  req: [[0, 'any', [0]]],
};

/** Cloze: one note per (comparison, term); row i of the comparison is cloze c(i+1), so one card per row. */
const CLOZE: NotetypeDef = {
  kind: 'cloze',
  id: stableId('notetype:cloze'),
  name: 'Alignment Glossary: Comparison cloze',
  type: 1,
  fields: ['Text', 'Comparison', 'Table'],
  sortField: 0,
  templates: [
    {
      name: 'Cloze',
      qfmt: `<div class="ag-kind" dir="auto">{{Comparison}}</div>
<div class="ag-cloze-text" dir="auto">{{cloze:Text}}</div>`,
      afmt: `<div class="ag-kind" dir="auto">{{Comparison}}</div>
<div class="ag-cloze-text" dir="auto">{{cloze:Text}}</div>
{{#Table}}<hr id="answer">
<div class="ag-table">{{Table}}</div>{{/Table}}`,
    },
  ],
  req: [[0, 'any', [0]]],
};

/** All notetypes, in the order they are written to `col.models`. */
export const NOTETYPES: Readonly<Record<NotetypeKind, NotetypeDef>> = { term: TERM, faq: FAQ, cloze: CLOZE };

/**
 * Shared CSS. Anki puts `.card` on the body and adds `.nightMode` (desktop, iOS) or `.night_mode` (AnkiDroid) in
 * night mode, so colours come from custom properties that the night-mode selectors override.
 */
export const CSS = `.card {
  --ag-fg: #1f2328;
  --ag-bg: #ffffff;
  --ag-muted: #59636e;
  --ag-accent: #0550ae;
  --ag-rule: #d1d9e0;
  --ag-code-bg: #eff1f3;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  color: var(--ag-fg);
  background-color: var(--ag-bg);
}
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  --ag-fg: #e6edf3;
  --ag-bg: #1f2124;
  --ag-muted: #9198a1;
  --ag-accent: #71b7ff;
  --ag-rule: #3d444d;
  --ag-code-bg: #2d3139;
}
.card > * { max-width: 40em; margin-left: auto; margin-right: auto; }
.ag-kind { color: var(--ag-muted); font-size: 0.7em; text-transform: uppercase; letter-spacing: 0.05em; }
.ag-term { font-size: 1.5em; font-weight: 600; margin: 0.2em 0; }
.ag-aliases, .ag-category { color: var(--ag-muted); font-size: 0.8em; }
.ag-definition, .ag-question, .ag-answer, .ag-cloze-text { font-size: 1.05em; margin: 0.5em 0; }
.ag-details { font-size: 0.85em; }
.ag-section { margin-top: 0.8em; }
.ag-label { color: var(--ag-muted); font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.05em; }
.ag-category { margin-top: 1em; }
.cloze { font-weight: 600; color: var(--ag-accent); }
a { color: var(--ag-accent); }
hr { border: 0; border-top: 1px solid var(--ag-rule); }
code, kbd, pre { background-color: var(--ag-code-bg); border-radius: 4px; font-size: 0.9em; }
code, kbd { padding: 0.1em 0.3em; }
pre { padding: 0.6em; overflow-x: auto; }
pre code { padding: 0; background: none; }
blockquote { margin-left: 0; padding-left: 0.8em; border-left: 3px solid var(--ag-rule); color: var(--ag-muted); }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid var(--ag-rule); padding: 0.25em 0.5em; vertical-align: top; }
ul, ol { padding-left: 1.4em; }
`;

const LATEX_PRE = '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n'
  + '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';
const LATEX_POST = '\\end{document}';

/**
 * The schema-11 JSON of a notetype, as stored in `col.models` (rslib/src/notetype/schema11.rs).
 * Field and template ids are stable hashes of the notetype kind and their names.
 *
 * @param def the notetype definition.
 * @returns a plain object ready for JSON.stringify.
 */
export function notetypeJson(def: NotetypeDef): Record<string, unknown> {
  return {
    id: def.id,
    name: def.name,
    type: def.type,
    mod: NOTETYPES_MOD,
    usn: -1,
    sortf: def.sortField,
    did: null,
    tmpls: def.templates.map((t, ord) => ({
      name: t.name,
      ord,
      qfmt: t.qfmt,
      afmt: t.afmt,
      bqfmt: '',
      bafmt: '',
      did: null,
      bfont: '',
      bsize: 0,
      id: stableId(`notetype:${def.kind}/template:${t.name}`),
    })),
    flds: def.fields.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      description: '',
      plainText: false,
      collapsed: def.kind === 'term' && name === 'Id',
      excludeFromSearch: false,
      id: stableId(`notetype:${def.kind}/field:${name}`),
      preventDeletion: false,
    })),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: LATEX_POST,
    latexsvg: false,
    req: def.req,
    tags: [],
    vers: [],
  };
}
