import type { Element } from 'hast';
import { h } from 'hastscript';

/**
 * A `<script type="application/ld+json">` holding the document, compacted. The text of a script element is not
 * HTML-escaped, so `</` becomes `<\/` and `<!--` becomes `<\u0021--` (both only occur inside JSON strings, where
 * these escapes mean the same characters): the content can never close the script or open a comment.
 *
 * @throws when `json` is not valid JSON
 */
export function jsonLdScript(json: string): Element {
  const compact = JSON.stringify(JSON.parse(json));
  return h('script', { type: 'application/ld+json' }, escapeScriptJson(compact));
}

/** Escapes JSON text for embedding in a `<script>` element. */
export function escapeScriptJson(json: string): string {
  return json.replaceAll('</', '<\\/').replaceAll('<!--', '<\\u0021--');
}
