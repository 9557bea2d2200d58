import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { noteGuid, stableId } from './stable-id.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** Anki's base91 of the first 8 bytes of the key's hash, computed with BigInt, independently of the 32-bit limbs. */
function referenceGuid(key: string): string {
  let n = createHash('sha256').update(`alignment-glossary/anki/${key}`).digest().readBigUInt64BE(0);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out;
}

describe('noteGuid', () => {
  it('is Anki base91 of a 64-bit hash of the key', () => {
    for (let i = 0; i < 2000; i++) {
      const key = `term:term-${i}`;
      expect(noteGuid(key)).toBe(referenceGuid(key));
    }
  });

  it('depends only on the key', () => {
    expect(noteGuid('term:inner-alignment')).toBe(noteGuid('term:inner-alignment'));
    expect(noteGuid('term:inner-alignment')).not.toBe(noteGuid('term:outer-alignment'));
    expect(noteGuid('term:inner-alignment')).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/);
  });
});

describe('stableId', () => {
  it('is a 13-digit safe integer derived from the key only', () => {
    const ids = ['notetype:term', 'notetype:faq', 'deck:primer', 'deck:primer/two-problems'].map(stableId);
    for (const id of ids) {
      expect(Number.isSafeInteger(id)).toBe(true);
      expect(id).toBeGreaterThanOrEqual(1e12);
      expect(id).toBeLessThan(1e13);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(stableId('deck:primer')).toBe(ids[2]);
  });
});
