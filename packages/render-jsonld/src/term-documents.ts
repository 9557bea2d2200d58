import type { RdfNode } from './graph.js';
import { toJsonLd } from './to-json-ld.js';
import { contextFor, TERM_PREFIX } from './vocabulary.js';

/** The context terms a node uses: its classes and its non-empty properties, nested nodes included. */
function usedNames(node: RdfNode, names: Set<string>): void {
  for (const type of node.types) names.add(type);
  for (const [name, values] of Object.entries(node.properties)) {
    if (!values || values.length === 0) continue;
    names.add(name);
    for (const value of values) if ('types' in value) usedNames(value, names);
  }
}

/**
 * JSON text with `<` escaped as `\u003c`: the same JSON value, and safe to paste into
 * `<script type="application/ld+json">` (no `</script>` can end the element early).
 */
export function scriptSafeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replaceAll('<', '\\u003c')}\n`;
}

/**
 * Writes stand-alone JSON-LD documents, one per node, each small enough to embed in a web page: compact JSON (no
 * indentation), the context inlined is only the part of the project context the document uses (`contextFor`),
 * and term IRIs are compact IRIs (`term:inner-alignment`). They expand to exactly the IRIs of the
 * whole-glossary documents.
 *
 * @param nodes the top-level nodes.
 * @param context the whole project context (`jsonLdContext`), which defines the `term` prefix.
 * @returns the text of each document, in the order of `nodes`: `{ "@context": <its context>, ...<the node> }` as
 *   JSON on one line with `<` escaped (see `scriptSafeJson`), and a newline.
 */
export function termDocuments(nodes: readonly RdfNode[], context: Readonly<Record<string, unknown>>): string[] {
  const termBase = context[TERM_PREFIX];
  if (typeof termBase !== 'string') throw new Error(`termDocuments: the context defines no "${TERM_PREFIX}" prefix`);
  /** Context text by the names it covers: most documents use the same terms. */
  const contexts = new Map<string, string>();
  return nodes.map((node) => {
    const names = new Set<string>();
    usedNames(node, names);
    const compactIri = (iri: string): string => {
      // A suffix starting with `//` would read as an absolute IRI.
      if (iri.length === termBase.length || !iri.startsWith(termBase) || iri.startsWith('//', termBase.length)) return iri;
      names.add(TERM_PREFIX);
      return `${TERM_PREFIX}:${iri.slice(termBase.length)}`;
    };
    const body = JSON.stringify(toJsonLd(node, compactIri));
    const key = [...names].sort().join(' ');
    let contextText = contexts.get(key);
    if (contextText === undefined) {
      contextText = JSON.stringify(contextFor(context, names));
      contexts.set(key, contextText);
    }
    // JSON.stringify({ '@context': …, ...node }), with the context's text reused.
    return `{"@context":${contextText},${body.slice(1)}`.replaceAll('<', '\\u003c') + '\n';
  });
}
