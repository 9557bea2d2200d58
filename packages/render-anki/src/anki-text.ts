import { hash } from 'node:crypto';

// Anki's text rules (rslib/src/text.rs and rslib/src/notes/mod.rs), so that `sfld` and `csum` hold what Anki
// itself would compute for the field.

/** `<img|audio|video|object|source … src=… | data=…>`, capturing the file name (double, single or unquoted). */
const MEDIA_TAG =
  /<\b(?:img|audio|video|object|source)\b(?:[^>]|"[^"]+?"|'[^']+?')+?\b(?:src|data)\b=(?:"([^"]+?)"[^>]*>|'([^']+?)'[^>]*>|([^ >]+?)(?: [^>]*>|>))/gis;
/** Comments, `<style>` and `<script>` with their content, then any other tag. */
const HTML = /<!--.*?-->|<style.*?>.*?<\/style>|<script.*?>.*?<\/script>|<.*?>/gis;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|([a-zA-Z][a-zA-Z0-9]*));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** ASCII control characters other than tab and newline, which Anki removes from every field. */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Anything but printable ASCII, tab and newline: only such fields can change under {@link normalizeField}. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[^\t\n\u0020-\u007e]/;
const NON_ASCII = /[^\u0000-\u007f]/;
const NEEDS_WORK_JOINED = /[^\t\n\u001f\u0020-\u007e]/;

/**
 * Decodes the character references a renderer emits. Like Anki's decoder, it leaves the text alone when it meets a
 * reference it does not know (Anki's decoder fails on those and keeps the input).
 */
function decodeEntities(html: string): string {
  if (!html.includes('&')) return html;
  let unknown = false;
  const decoded = html.replace(ENTITY, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) {
      const value = NAMED[name];
      if (value === undefined) unknown = true;
      return value ?? whole;
    }
    return String.fromCodePoint(Number.parseInt(hex ?? dec!, hex ? 16 : 10));
  });
  return unknown ? html : decoded.replaceAll('\u00a0', ' ');
}

/**
 * Anki's `strip_html_preserving_media_filenames`: media tags become ` filename `, comments, styles, scripts and
 * tags are removed, then entities are decoded and non-breaking spaces become spaces.
 *
 * @param html a field's HTML.
 * @returns the field as plain text, as Anki stores it in `sfld` and hashes it for `csum`.
 */
export function stripHtml(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html;
  const withMedia = html.replace(MEDIA_TAG, (_m, a?: string, b?: string, c?: string) => ` ${a ?? b ?? c} `);
  return decodeEntities(withMedia.replace(HTML, ''));
}

/**
 * Anki's `field_checksum`: the first 4 bytes of SHA-1 of the stripped field, big-endian.
 *
 * @param stripped the output of {@link stripHtml} for field 0.
 * @returns an unsigned 32-bit integer.
 */
export function fieldChecksum(stripped: string): number {
  return hash('sha1', stripped, 'buffer').readUInt32BE(0);
}

/**
 * What Anki does to every field before saving it: drop ASCII control characters other than tab and newline, then
 * normalize to NFC. Doing it here keeps the stored fields, `sfld` and `csum` identical to Anki's.
 *
 * @param field a field's HTML.
 * @returns the normalized field.
 */
export function normalizeField(field: string): string {
  if (!NEEDS_WORK.test(field)) return field;
  const clean = field.replace(INVALID, '');
  return NON_ASCII.test(clean) ? clean.normalize('NFC') : clean;
}

/**
 * Normalizes all fields of a note with {@link normalizeField}, checking the joined text once first: nearly every
 * note is printable ASCII and comes back as is.
 *
 * @param fields the note's fields.
 * @returns the normalized fields (the same array when nothing changes) and their `\x1f`-joined form.
 */
export function normalizeFields(fields: readonly string[]): { fields: readonly string[]; joined: string } {
  const joined = fields.join('\x1f');
  if (!NEEDS_WORK_JOINED.test(joined)) return { fields, joined };
  const normalized = fields.map(normalizeField);
  return { fields: normalized, joined: normalized.join('\x1f') };
}
