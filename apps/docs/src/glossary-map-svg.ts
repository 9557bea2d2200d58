import { AUTHORED_RELATION_KINDS, type Glossary } from '@alignment-glossary/core';
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { legendSvg } from './legend-svg.js';
import { edgeProps } from './relation-style.js';
import { centredText, LABEL_LINE_HEIGHT, measureLabel, r1, svgRoot, wrapLabel } from './svg-text.js';

/** Options of {@link glossaryMapSvg}. */
export interface GlossaryMapOptions {
  /** The href of a term page, relative to the map page. */
  readonly termHref: (termId: string) => string;
  /** The href of a category page, relative to the map page. */
  readonly categoryHref: (categoryId: string) => string;
}

interface Slot {
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const COLUMN_GAP = 96;
const ROW_GAP = 10;
const PAD = 16;

/**
 * The whole glossary as one picture: a column per category (in category order), its terms stacked A–Z, and every
 * authored relation drawn as a curve coloured and dashed by kind — between columns from the facing sides, within
 * a column as an arc on its right. Fully determined by the glossary: no force simulation, no randomness.
 */
export function glossaryMapSvg(glossary: Glossary, options: GlossaryMapOptions): Element {
  const legend = legendSvg(AUTHORED_RELATION_KINDS, 0, 0, 900);
  const top = legend.height + 24;
  const slots = new Map<string, Slot>();
  const columns: ElementContent[] = [];
  let x = 0;
  let bottom = top;
  const categories = glossary.categories.filter((c) => (glossary.termsByCategory.get(c.id) ?? []).length > 0);
  categories.forEach((category, column) => {
    const ids = glossary.termsByCategory.get(category.id) ?? [];
    const labels = ids.map((id) => measureLabel(glossary.termsById.get(id)?.term ?? id, 22));
    const width = Math.max(150, ...labels.map((l) => l.width));
    const heading = wrapLabel(category.title, 20);
    const headingHeight = heading.length * LABEL_LINE_HEIGHT + 8;
    const cx = x + width / 2;
    const items: ElementContent[] = [
      s('a', { href: options.categoryHref(category.id), className: ['column-heading'] }, [
        centredText(heading, cx, top + headingHeight / 2 - 4, 'heading'),
      ]),
    ];
    let y = top + headingHeight + 8;
    ids.forEach((id, i) => {
      const label = labels[i]!;
      slots.set(id, { column, x, y, width, height: label.height });
      items.push(
        s('a', { href: options.termHref(id), className: ['node'] }, [
          s('rect', { x: r1(x), y: r1(y), width, height: label.height, rx: 6 }),
          centredText(label.lines, cx, y + label.height / 2, 'label'),
        ]),
      );
      y += label.height + ROW_GAP;
    });
    bottom = Math.max(bottom, y);
    columns.push(s('g', { className: ['column'] }, items));
    x += width + COLUMN_GAP;
  });
  const width = Math.max(x - COLUMN_GAP, legend.width);

  let maxRight = width;
  const edges = glossary.edges.flatMap((edge) => {
    const a = slots.get(edge.from);
    const b = slots.get(edge.to);
    if (!a || !b) return [];
    let d: string;
    if (a.column === b.column) {
      const sx = a.x + a.width;
      const sy = a.y + a.height / 2;
      const ty = b.y + b.height / 2;
      const bulge = sx + 18 + Math.abs(ty - sy) * 0.12;
      maxRight = Math.max(maxRight, 0.75 * bulge + 0.25 * sx);
      d = `M${r1(sx)},${r1(sy)} C${r1(bulge)},${r1(sy)} ${r1(bulge)},${r1(ty)} ${r1(sx)},${r1(ty)}`;
    } else {
      const forward = a.column < b.column;
      const sx = forward ? a.x + a.width : a.x;
      const tx = forward ? b.x : b.x + b.width;
      const sy = a.y + a.height / 2;
      const ty = b.y + b.height / 2;
      const dx = Math.max(40, Math.abs(tx - sx) / 2) * (forward ? 1 : -1);
      d = `M${r1(sx)},${r1(sy)} C${r1(sx + dx)},${r1(sy)} ${r1(tx - dx)},${r1(ty)} ${r1(tx)},${r1(ty)}`;
    }
    return [s('path', { ...edgeProps(edge.kind), d, strokeWidth: 1.3, strokeOpacity: 0.6 })];
  });

  return svgRoot(
    'glossary-map',
    { x: -PAD, y: -PAD, width: maxRight + 2 * PAD, height: bottom + 2 * PAD },
    {
      idPrefix: 'map',
      title: `Map of the ${glossary.config.title}`,
      desc:
        `${slots.size} terms in ${categories.length} columns, one per category (${categories.map((c) => c.title).join(', ')}), ` +
        `each listed A–Z. Curves show the ${edges.length} relations written in the content, coloured by kind.`,
    },
    [legend.element, s('g', { className: ['edges'] }, edges), ...columns],
  );
}
