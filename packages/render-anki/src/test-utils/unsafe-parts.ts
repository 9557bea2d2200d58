/** The only tags a field may contain, with the only attributes they may carry. */
const ALLOWED_TAG = new RegExp(
  '^(?:</?(?:p|br|hr|strong|em|del|code|pre|kbd|sub|sup|blockquote|ul|ol|li|h[2-6]|table|thead|tbody|tr|th|td|div|a)>'
  + '|<a href="https?://[^"<>\\s]*">|<ol start="\\d+">|<t[hd] align="(?:left|right|center)">)$',
);

/**
 * Scans a field's HTML and lists what could harm or surprise a reviewer: any tag or attribute outside the
 * allow-list (so no script, style, image, frame, event handler or non-http link), and Anki syntax in the raw
 * text (sound and LaTeX tags; cloze markers unless `cloze` allows the given number of them).
 *
 * Every `<` in a field starts a tag, because text is always escaped; so a tag-level scan sees all markup.
 *
 * @param html a field's raw HTML.
 * @param clozeDeletions how many `{{cN::…}}` deletions the field may hold (0 for non-cloze fields).
 * @returns the offending parts; empty when the field is safe.
 */
export function unsafeParts(html: string, clozeDeletions = 0): string[] {
  const problems: string[] = [];
  for (const [tag] of html.matchAll(/<[^>]*>?/g)) if (!ALLOWED_TAG.test(tag)) problems.push(tag);
  for (const pattern of [/\[sound:/i, /\[latex\]/i, /\[\$\$?\]/, /\[anki:/i]) {
    const match = pattern.exec(html);
    if (match) problems.push(match[0]);
  }
  const clozes = html.match(/\{\{c\d+::/g) ?? [];
  if (clozes.length !== clozeDeletions) problems.push(`${clozes.length} cloze deletions, expected ${clozeDeletions}`);
  if (/\{\{|\}\}/.test(html.replace(/\{\{c\d+::[^{}]*\}\}/g, ''))) problems.push('stray {{ or }}');
  return problems;
}
