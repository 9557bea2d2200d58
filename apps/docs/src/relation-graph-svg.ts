import { compareLabels, RELATION_LABELS, type Glossary, type RelationKind } from '@alignment-glossary/core';
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { legendSvg } from './legend-svg.js';
import { edgeProps, GRAPH_KIND_ORDER } from './relation-style.js';
import { centredText, measureLabel, r1, svgRoot, type LabelBox } from './svg-text.js';

/** Options of {@link relationGraphSvg}. */
export interface RelationGraphOptions {
  /** The href of a term page, relative to the page the picture is embedded in. */
  readonly href: (termId: string) => string;
}

interface Placed extends LabelBox {
  readonly id: string;
  readonly kind: RelationKind;
  readonly label: string;
  x: number;
  y: number;
}

const MARGIN = 12;
const PAD = 16;

/**
 * The relation graph of one term as inline SVG: the term in the middle, its neighbours on an ellipse around it,
 * grouped by relation kind (broader above, narrower below, related right, contrasts left), each edge coloured and
 * dashed by kind, with a legend. The ellipse grows until no two labels overlap. Neighbours link to their pages.
 *
 * @returns the `<svg>` element, or undefined when the term has no relations
 */
export function relationGraphSvg(glossary: Glossary, termId: string, options: RelationGraphOptions): Element | undefined {
  const term = glossary.termsById.get(termId);
  const relations = glossary.relations.get(termId);
  if (!term || !relations) return undefined;
  const nodes: Placed[] = [];
  for (const kind of GRAPH_KIND_ORDER) {
    const ids = [...(relations[kind] ?? [])]
      .map((id) => ({ id, label: glossary.termsById.get(id)?.term ?? id }))
      .sort((a, b) => compareLabels(a.label, b.label));
    for (const { id, label } of ids) nodes.push({ id, kind, label, ...measureLabel(label, 18), x: 0, y: 0 });
  }
  if (nodes.length === 0) return undefined;

  const centre = measureLabel(term.term, 22, 14, 10, true);
  placeOnEllipse(centre, nodes);

  const minX = Math.min(-centre.width / 2, ...nodes.map((n) => n.x - n.width / 2)) - PAD;
  const maxX = Math.max(centre.width / 2, ...nodes.map((n) => n.x + n.width / 2)) + PAD;
  const minY = Math.min(-centre.height / 2, ...nodes.map((n) => n.y - n.height / 2)) - PAD;
  const maxY = Math.max(centre.height / 2, ...nodes.map((n) => n.y + n.height / 2)) + PAD;
  const kinds = GRAPH_KIND_ORDER.filter((k) => nodes.some((n) => n.kind === k));
  const legend = legendSvg(kinds, minX + PAD, maxY + 4, Math.max(maxX - minX - 2 * PAD, 320));
  const width = Math.max(maxX - minX, legend.width + 2 * PAD);
  const height = maxY + 4 + legend.height + PAD - minY;

  const prefix = `rg-${termId}`;
  const desc = kinds
    .map((kind) => `${RELATION_LABELS[kind]}: ${nodes.filter((n) => n.kind === kind).map((n) => n.label).join(', ')}.`)
    .join(' ');
  const children: ElementContent[] = [
    s('g', { className: ['edges'] }, nodes.map((n) => s('line', { ...edgeProps(n.kind), x1: 0, y1: 0, x2: r1(n.x), y2: r1(n.y) }))),
    s('g', { className: ['node', 'current'] }, [
      s('rect', { x: r1(-centre.width / 2), y: r1(-centre.height / 2), width: centre.width, height: centre.height, rx: 8 }),
      centredText(centre.lines, 0, 0, 'label'),
    ]),
    ...nodes.map((n) =>
      s('a', { href: options.href(n.id), className: ['node', `k-${n.kind}`] }, [
        s('title', `${RELATION_LABELS[n.kind]}: ${n.label}`),
        s('rect', { x: r1(n.x - n.width / 2), y: r1(n.y - n.height / 2), width: n.width, height: n.height, rx: 6 }),
        centredText(n.lines, n.x, n.y, 'label'),
      ]),
    ),
    legend.element,
  ];
  return svgRoot(
    'relation-graph',
    { x: minX, y: minY, width, height },
    { idPrefix: prefix, title: `Relations of ${term.term}`, desc: `${term.term} and its ${nodes.length} related terms, grouped by kind. ${desc}` },
    children,
  );
}

/**
 * Spreads the neighbours evenly round an ellipse centred on the term (the first kind's group centred at the top),
 * growing the ellipse until no two boxes overlap. Deterministic: no randomness, a fixed growth factor.
 */
function placeOnEllipse(centre: LabelBox, nodes: Placed[]): void {
  const n = nodes.length;
  const step = (2 * Math.PI) / n;
  const firstGroup = nodes.filter((node) => node.kind === nodes[0]!.kind).length;
  const start = -Math.PI / 2 - (step * (firstGroup - 1)) / 2;
  const maxW = Math.max(...nodes.map((node) => node.width));
  const maxH = Math.max(...nodes.map((node) => node.height));
  let rx = centre.width / 2 + maxW / 2 + 40;
  let ry = centre.height / 2 + maxH / 2 + 50;
  for (let attempt = 0; attempt < 200; attempt++) {
    nodes.forEach((node, i) => {
      const angle = start + i * step;
      node.x = rx * Math.cos(angle);
      node.y = ry * Math.sin(angle);
    });
    const boxes = [{ x: 0, y: 0, width: centre.width, height: centre.height }, ...nodes];
    if (!anyOverlap(boxes)) return;
    rx *= 1.06;
    ry *= 1.1;
  }
}

/** Whether any two boxes (centre x/y, width, height), each grown by MARGIN, overlap. */
export function anyOverlap(boxes: readonly { x: number; y: number; width: number; height: number }[]): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 + MARGIN && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + MARGIN) return true;
    }
  }
  return false;
}
