import type { RelationKind } from '@alignment-glossary/core';

/**
 * The order relation kinds go round a term in its relation graph, clockwise from the top: broader terms above,
 * narrower below, related to the right and contrasting terms to the left.
 */
export const GRAPH_KIND_ORDER: readonly RelationKind[] = ['broader', 'related', 'mitigates', 'narrower', 'mitigatedBy', 'contrasts'];

/** How each relation kind is drawn: a colour (overridden by site.css in dark mode) and a dash pattern. */
export const KIND_STYLE: Readonly<Record<RelationKind, { readonly stroke: string; readonly dash?: string }>> = {
  broader: { stroke: '#1f5fbf' },
  narrower: { stroke: '#0f7474', dash: '7 4' },
  related: { stroke: '#6b5bb5', dash: '2 4' },
  contrasts: { stroke: '#c0461b', dash: '9 4 2 4' },
  mitigates: { stroke: '#2e7d32' },
  mitigatedBy: { stroke: '#8a6d00', dash: '7 4' },
};

/** The SVG presentation attributes and CSS class of an edge of the given kind. */
export function edgeProps(kind: RelationKind): Record<string, string | number | string[]> {
  const style = KIND_STYLE[kind];
  return {
    className: ['edge', `k-${kind}`],
    stroke: style.stroke,
    strokeWidth: 2,
    fill: 'none',
    ...(style.dash ? { strokeDasharray: style.dash } : {}),
  };
}
