import type { Diagram } from '@alignment-glossary/core';
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { centredText, estimateTextWidth, LABEL_LINE_HEIGHT, measureLabel, r1, svgRoot, wrapLabel, type LabelBox } from './svg-text.js';

/** Options of {@link diagramSvg}. */
export interface DiagramSvgOptions {
  /** The href of a term page, relative to the page the picture is embedded in; undefined leaves the node unlinked. */
  readonly href: (termId: string) => string | undefined;
  /** The term whose page embeds the diagram: its node is highlighted and not linked. (optional) */
  readonly currentTerm?: string;
}

interface Box extends LabelBox {
  readonly id: string;
  readonly label: string;
  readonly term?: string;
  layer: number;
  x: number;
  y: number;
}

const EDGE_FONT = 12;
const PAD = 16;

/**
 * A content diagram as inline SVG, laid out in layers: each node sits one layer after the furthest node with an
 * edge into it (rows for `TB`, columns for `LR`), in the order the nodes are written. An edge between adjacent
 * layers is a straight arrow; any other edge detours round the side so it never crosses a node. Edge labels get a
 * backdrop so they stay legible. Nodes standing for a term link to its page.
 */
export function diagramSvg(diagram: Diagram, options: DiagramSvgOptions): Element {
  const tb = diagram.direction !== 'LR';
  const boxes = diagram.nodes.map<Box>((n) => ({
    id: n.id,
    label: n.label,
    term: n.term,
    ...measureLabel(n.label, tb ? 26 : 18, 10, 7, n.term !== undefined && n.term === options.currentTerm),
    layer: 0,
    x: 0,
    y: 0,
  }));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const edges = diagram.edges.filter((e) => byId.has(e.from) && byId.has(e.to));
  const back = backEdges(diagram);
  assignLayers(boxes, edges.filter((e) => !back.has(e)));

  const layers: Box[][] = [];
  for (const b of boxes) (layers[b.layer] ??= []).push(b);
  const labelLines = edges.map((e) => (e.label ? wrapLabel(e.label, 22) : []));
  const maxLabelWidth = Math.max(0, ...labelLines.flat().map((l) => estimateTextWidth(l, EDGE_FONT)));
  const maxLabelLines = Math.max(0, ...labelLines.map((l) => l.length));
  const across = tb ? 40 : 28;
  const along = tb ? Math.max(64, maxLabelLines * LABEL_LINE_HEIGHT + 40) : Math.max(110, maxLabelWidth + 40);
  let offset = 0;
  for (const layer of layers) {
    if (!layer) continue;
    const depth = Math.max(...layer.map((b) => (tb ? b.height : b.width)));
    const total = layer.reduce((sum, b) => sum + (tb ? b.width : b.height), 0) + across * (layer.length - 1);
    let pos = -total / 2;
    for (const b of layer) {
      const size = tb ? b.width : b.height;
      if (tb) {
        b.x = pos + size / 2;
        b.y = offset + depth / 2;
      } else {
        b.x = offset + depth / 2;
        b.y = pos + size / 2;
      }
      pos += size + across;
    }
    offset += depth + along;
  }

  const bounds = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const grow = (x: number, y: number) => {
    bounds.minX = Math.min(bounds.minX, x);
    bounds.maxX = Math.max(bounds.maxX, x);
    bounds.minY = Math.min(bounds.minY, y);
    bounds.maxY = Math.max(bounds.maxY, y);
  };
  for (const b of boxes) {
    grow(b.x - b.width / 2, b.y - b.height / 2);
    grow(b.x + b.width / 2, b.y + b.height / 2);
  }
  const prefix = `dg-${diagram.id}`;
  const arrow = `${prefix}-arrow`;
  const paths: ElementContent[] = [];
  const labels: ElementContent[] = [];
  const label = (lines: readonly string[], lx: number, ly: number, anchor: 'start' | 'middle') => {
    if (!lines.length) return;
    const width = Math.max(...lines.map((l) => estimateTextWidth(l, EDGE_FONT))) + 8;
    const height = lines.length * LABEL_LINE_HEIGHT + 4;
    const left = anchor === 'start' ? lx - 4 : lx - width / 2;
    const top = ly - height / 2;
    const firstLine = ly - ((lines.length - 1) * LABEL_LINE_HEIGHT) / 2;
    grow(left, top);
    grow(left + width, top + height);
    labels.push(
      s('g', { className: ['edge-label'] }, [
        s('rect', { x: r1(left), y: r1(top), width: r1(width), height: r1(height), rx: 3 }),
        s(
          'text',
          { x: r1(lx), y: r1(firstLine), textAnchor: anchor, dominantBaseline: 'central', fontSize: EDGE_FONT },
          lines.map((line, k) => s('tspan', { x: r1(lx), y: r1(firstLine + k * LABEL_LINE_HEIGHT) }, line)),
        ),
      ]),
    );
  };
  const path = (d: string) => paths.push(s('path', { className: ['edge'], d, stroke: '#5b6470', strokeWidth: 1.6, fill: 'none', markerEnd: `url(#${arrow})` }));
  const adjacent = (i: number) => byId.get(edges[i]!.to)!.layer === byId.get(edges[i]!.from)!.layer + 1;

  // Edges between adjacent layers: straight arrows, labelled beside (TB) or above (LR) their middle.
  edges.forEach((edge, i) => {
    if (!adjacent(i)) return;
    const from = byId.get(edge.from)!;
    const to = byId.get(edge.to)!;
    const lines = labelLines[i]!;
    const [sx, sy] = tb ? [from.x, from.y + from.height / 2] : [from.x + from.width / 2, from.y];
    const [tx, ty] = tb ? [to.x, to.y - to.height / 2] : [to.x - to.width / 2, to.y];
    path(`M${r1(sx)},${r1(sy)} L${r1(tx)},${r1(ty)}`);
    if (tb) label(lines, (sx + tx) / 2 + 8, (sy + ty) / 2, 'start');
    else label(lines, (sx + tx) / 2, (sy + ty) / 2 - 6 - (lines.length * LABEL_LINE_HEIGHT) / 2, 'middle');
  });

  // Every other edge detours outside everything drawn so far (right of it for TB, below for LR), one lane each.
  const outer = tb ? bounds.maxX : bounds.maxY;
  let lane = 0;
  edges.forEach((edge, i) => {
    if (adjacent(i)) return;
    const from = byId.get(edge.from)!;
    const to = byId.get(edge.to)!;
    const lines = labelLines[i]!;
    const side = outer + 36 + 26 * lane++;
    if (tb) {
      const [sx, sy, tx, ty] = [from.x + from.width / 2, from.y, to.x + to.width / 2, to.y];
      path(`M${r1(sx)},${r1(sy)} C${r1(side)},${r1(sy)} ${r1(side)},${r1(ty)} ${r1(tx)},${r1(ty)}`);
      const mid = 0.125 * (sx + tx) + 0.75 * side;
      grow(mid, (sy + ty) / 2);
      label(lines, mid + 8, (sy + ty) / 2, 'start');
    } else {
      const [sx, sy, tx, ty] = [from.x, from.y + from.height / 2, to.x, to.y + to.height / 2];
      path(`M${r1(sx)},${r1(sy)} C${r1(sx)},${r1(side)} ${r1(tx)},${r1(side)} ${r1(tx)},${r1(ty)}`);
      const mid = 0.125 * (sy + ty) + 0.75 * side;
      grow((sx + tx) / 2, mid);
      label(lines, (sx + tx) / 2, mid + 6 + (lines.length * LABEL_LINE_HEIGHT) / 2, 'middle');
    }
  });

  const nodes = boxes.map((b) => {
    const current = b.term !== undefined && b.term === options.currentTerm;
    const shape = [
      s('rect', { x: r1(b.x - b.width / 2), y: r1(b.y - b.height / 2), width: b.width, height: b.height, rx: 6 }),
      centredText(b.lines, b.x, b.y, 'label'),
    ];
    const href = b.term !== undefined && !current ? options.href(b.term) : undefined;
    return href ? s('a', { href, className: ['node'] }, shape) : s('g', { className: current ? ['node', 'current'] : ['node', 'plain'] }, shape);
  });

  const minX = bounds.minX - PAD;
  const minY = bounds.minY - PAD;
  const width = bounds.maxX - bounds.minX + 2 * PAD;
  const height = bounds.maxY - bounds.minY + 2 * PAD;
  const names = new Map(boxes.map((b) => [b.id, b.label]));
  const description = [
    diagram.description,
    ...edges.map((e) => `${names.get(e.from)} → ${names.get(e.to)}${e.label ? ` (${e.label})` : ''}.`),
  ].filter(Boolean).join(' ');
  return svgRoot('diagram', { x: minX, y: minY, width, height }, { idPrefix: prefix, title: diagram.title, desc: description }, [
    s('defs', [
      s('marker', { id: arrow, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' }, [
        s('path', { className: ['arrowhead'], d: 'M0,0 L10,5 L0,10 z', fill: '#5b6470' }),
      ]),
    ]),
    s('g', { className: ['edges'] }, paths),
    s('g', { className: ['nodes'] }, nodes),
    s('g', { className: ['edge-labels'] }, labels),
  ]);
}

/** Edges that close a cycle, found by depth-first search in the order nodes are written; layering ignores them. */
function backEdges(diagram: Diagram): Set<Diagram['edges'][number]> {
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<Diagram['edges'][number]>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const e of diagram.edges) {
      if (e.from !== id) continue;
      const st = state.get(e.to);
      if (st === 'open') back.add(e);
      else if (st === undefined) visit(e.to);
    }
    state.set(id, 'done');
  };
  for (const n of diagram.nodes) if (!state.has(n.id)) visit(n.id);
  return back;
}

/** Longest-path layering over an acyclic edge set: a node sits one layer after its deepest predecessor. */
function assignLayers(boxes: Box[], edges: readonly { from: string; to: string }[]): void {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  for (let i = 0; i < boxes.length; i++) {
    let changed = false;
    for (const e of edges) {
      const from = byId.get(e.from)!;
      const to = byId.get(e.to)!;
      if (to.layer < from.layer + 1) {
        to.layer = from.layer + 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
}
