import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';

/** Font size of node labels in every generated picture, in px. */
export const LABEL_FONT_SIZE = 13;
/** Line height of node labels, in px. */
export const LABEL_LINE_HEIGHT = 16;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;
const NARROW = /[il.,:;'|!()[\]{}\u05d0-\u05ea ]/u;

/**
 * The width a label will take in a sans-serif font, estimated without font metrics: narrow glyphs count 0.32 em,
 * wide ones (CJK, emoji) 1 em, capitals 0.68 em, everything else 0.56 em. Errs on the wide side.
 */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (NARROW.test(ch)) em += 0.32;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * fontSize;
}

/**
 * Greedy word wrap into lines of at most `maxChars` characters (code points). Lines break at spaces and after
 * hyphens ("Capability-" / "alignment gap"); a piece longer than a line is split.
 *
 * @returns at least one line
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  const pieces = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)(?=.)/).map((piece, i) => ({ piece, glue: i === 0 ? ' ' : '' })));
  for (const { piece, glue } of pieces) {
    let rest = [...piece];
    while (rest.length > maxChars) {
      if (line.length) lines.push(line.join(''));
      lines.push(rest.slice(0, maxChars).join(''));
      rest = rest.slice(maxChars);
      line = [];
    }
    if (!rest.length) continue;
    const joined = line.length ? [...line, ...glue, ...rest] : rest;
    if (joined.length <= maxChars) line = joined;
    else {
      lines.push(line.join(''));
      line = rest;
    }
  }
  if (line.length || lines.length === 0) lines.push(line.join(''));
  return lines;
}

/** A wrapped label measured for layout. */
export interface LabelBox {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

/** Wraps and measures a label inside a box with the given padding; bold text is taken as 10% wider. */
export function measureLabel(text: string, maxChars: number, padX = 10, padY = 7, bold = false): LabelBox {
  const lines = wrapLabel(text, maxChars);
  const width = Math.ceil(Math.max(...lines.map((l) => estimateTextWidth(l))) * (bold ? 1.1 : 1) + 2 * padX);
  const height = lines.length * LABEL_LINE_HEIGHT + 2 * padY;
  return { lines, width, height };
}

/** Rounds a coordinate to one decimal, so output is compact and stable. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** A multi-line `<text>` centred on (cx, cy), one `<tspan>` per line; `dir="auto"` keeps RTL labels intact. */
export function centredText(lines: readonly string[], cx: number, cy: number, className: string): ElementContent {
  const top = cy - ((lines.length - 1) * LABEL_LINE_HEIGHT) / 2;
  return s(
    'text',
    { className: [className], x: r1(cx), y: r1(top), textAnchor: 'middle', dominantBaseline: 'central', fontSize: LABEL_FONT_SIZE },
    lines.map((line, i) => s('tspan', { x: r1(cx), y: r1(top + i * LABEL_LINE_HEIGHT), direction: isRtl(line) ? 'rtl' : undefined }, line)),
  );
}

/** Whether a line starts with a right-to-left letter (Hebrew or Arabic script). */
export function isRtl(text: string): boolean {
  return /^[^\p{L}]*[\u0590-\u08ff]/u.test(text);
}

/** The viewport of a picture: its top-left corner and size, in user units. */
export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The root `<svg>` of a generated picture: natural size from its view box, a `<title>` and `<desc>` with ids
 * `<idPrefix>-title` / `<idPrefix>-desc` that name it for assistive technology, then the drawing.
 */
export function svgRoot(
  className: string,
  box: ViewBox,
  text: { readonly idPrefix: string; readonly title: string; readonly desc: string },
  children: readonly ElementContent[],
): Element {
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      className: ['graph', className],
      viewBox: `${r1(box.x)} ${r1(box.y)} ${r1(box.width)} ${r1(box.height)}`,
      width: r1(box.width),
      height: r1(box.height),
      ariaLabelledBy: `${text.idPrefix}-title ${text.idPrefix}-desc`,
    },
    [s('title', { id: `${text.idPrefix}-title` }, text.title), s('desc', { id: `${text.idPrefix}-desc` }, text.desc), ...children],
  );
}
