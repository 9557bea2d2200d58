const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Anki reads these in raw field text: `[sound:…]`, `[latex]`, `[anki:tts]` and `{{c1::…}}`.
  '[': '&#91;',
  ']': '&#93;',
  '{': '&#123;',
  '}': '&#125;',
};

const SPECIAL = /[&<>"[\]{}]/g;
const HAS_SPECIAL = /[&<>"[\]{}]/;
const SPECIAL_IN_CLOZE = /[&<>"[\]{}:]/g;

/**
 * Escapes plain text for an Anki field. Besides the HTML specials it encodes `[ ] { }`, so that text can never be
 * read as Anki syntax (sound or LaTeX tags, cloze deletions) in the raw field: the card still shows the characters.
 *
 * @param text plain text.
 * @returns HTML text that displays exactly `text`.
 */
export function escapeHtml(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c]!) : text;
}

/**
 * Escapes plain text for use inside a cloze deletion `{{c1::…}}`: like {@link escapeHtml}, and also encodes `:`,
 * so that a `::` in the value cannot start a cloze hint.
 *
 * @param text plain text.
 * @returns HTML text that displays exactly `text`.
 */
export function escapeCloze(text: string): string {
  return text.replace(SPECIAL_IN_CLOZE, (c) => (c === ':' ? '&#58;' : ENTITIES[c]!));
}
