import { hash } from 'node:crypto';

/** Namespaces every hashed key, so our ids never coincide with another generator's hash of the same text. */
const NAMESPACE = 'alignment-glossary/anki/';

/** SHA-256(namespace + key). */
function digest(key: string): Buffer {
  return hash('sha256', NAMESPACE + key, 'buffer');
}

const ID_MIN = 1_000_000_000_000;
const ID_SPAN = 9_000_000_000_000;

/**
 * A constant id for a notetype, deck, field or template, derived from a stable key such as `notetype:term` or
 * `deck:primer/two-problems`. Always a positive 13-digit integer (the shape of Anki's own ids) and a safe JSON
 * number, never derived from time or position.
 *
 * @param key the stable key; changing it changes the id, which learners see as a new notetype or deck.
 * @returns an integer in [10^12, 10^13).
 */
export function stableId(key: string): number {
  return ID_MIN + Number(digest(key).readBigUInt64BE(0) % BigInt(ID_SPAN));
}

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/**
 * A note GUID in Anki's own format (a 64-bit number in Anki's base-91 alphabet), derived from a stable key such as
 * `term:inner-alignment`. Anki matches notes on import by GUID only, so the key must never change.
 *
 * @param key the stable key of the note: `term:<id>`, `term:<id>:faq:<index>` or `comparison:<id>:term:<id>`.
 * @returns a string of at most 10 characters.
 */
export function noteGuid(key: string): string {
  // The first 8 bytes as a 64-bit number, held in two 32-bit halves and divided by 91 limb by limb.
  const bytes = digest(key);
  let hi = bytes.readUInt32BE(0);
  let lo = bytes.readUInt32BE(4);
  let out = '';
  do {
    const rest = (hi % 91) * 0x1_0000_0000 + lo;
    hi = Math.floor(hi / 91);
    lo = Math.floor(rest / 91);
    out = BASE91[rest % 91]! + out;
  } while (hi > 0 || lo > 0);
  return out;
}
