import { RELATION_LABELS, type RelationKind } from '@alignment-glossary/core';
import type { Element } from 'hast';
import { s } from 'hastscript';
import { edgeProps } from './relation-style.js';
import { estimateTextWidth, LABEL_FONT_SIZE, r1 } from './svg-text.js';

const SWATCH = 30;
const ROW = 22;
const GAP = 22;

/**
 * A legend for relation kinds: a line drawn in each kind's colour and dash pattern, then its label, flowing into
 * rows no wider than `maxWidth`.
 *
 * @param kinds the kinds to show, in order
 * @param x left edge
 * @param y top edge
 * @param maxWidth where to wrap to the next row
 * @returns the `<g>` element and the size it takes
 */
export function legendSvg(kinds: readonly RelationKind[], x: number, y: number, maxWidth: number): { element: Element; width: number; height: number } {
  const items: Element[] = [];
  let cx = 0;
  let row = 0;
  let width = 0;
  for (const kind of kinds) {
    const label = RELATION_LABELS[kind];
    const itemWidth = SWATCH + 6 + estimateTextWidth(label, LABEL_FONT_SIZE);
    if (cx > 0 && cx + itemWidth > maxWidth) {
      cx = 0;
      row++;
    }
    const cy = y + row * ROW + ROW / 2;
    items.push(
      s('g', { className: ['legend-item'] }, [
        s('line', { ...edgeProps(kind), x1: r1(x + cx), y1: r1(cy), x2: r1(x + cx + SWATCH), y2: r1(cy) }),
        s('text', { className: ['legend-label'], x: r1(x + cx + SWATCH + 6), y: r1(cy), dominantBaseline: 'central', fontSize: LABEL_FONT_SIZE }, label),
      ]),
    );
    width = Math.max(width, cx + itemWidth);
    cx += itemWidth + GAP;
  }
  const height = kinds.length ? (row + 1) * ROW : 0;
  return { element: s('g', { className: ['legend'] }, items), width: Math.ceil(width), height };
}
