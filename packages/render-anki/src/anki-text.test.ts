import { describe, expect, it } from 'vitest';
import { fieldChecksum, normalizeField, normalizeFields, stripHtml } from './anki-text.js';

describe('stripHtml (Anki strip_html_preserving_media_filenames)', () => {
  it('keeps media file names, padded with spaces', () => {
    expect(stripHtml('a<img src=foo.jpg>b')).toBe('a foo.jpg b');
    expect(stripHtml('<img class="x" src="bar baz.png">')).toBe(' bar baz.png ');
    expect(stripHtml("<audio src='s.mp3'></audio>")).toBe(' s.mp3 ');
  });

  it('removes tags, comments, styles and scripts with their content', () => {
    expect(stripHtml('<p>x<!-- c --></p><style>p{}</style><script>1<2</script><b>y</b>')).toBe('xy');
  });

  it('decodes entities and turns non-breaking spaces into spaces', () => {
    expect(stripHtml('R&amp;D&nbsp;&#91;&#x5D;&lt;')).toBe('R&D []<');
  });

  it('leaves text with an unknown entity as it is, like Anki', () => {
    expect(stripHtml('a &bogus; b &amp; c')).toBe('a &bogus; b &amp; c');
  });
});

describe('fieldChecksum', () => {
  it('is the first four bytes of SHA-1, big-endian', () => {
    expect(fieldChecksum('test')).toBe(0xa94a8fe5);
    expect(fieldChecksum('')).toBe(0xda39a3ee);
  });
});

describe('normalizeField', () => {
  it('drops control characters except tab and newline, then applies NFC', () => {
    expect(normalizeField('a\u0000b\u0007\tc\nd\u007f')).toBe('ab\tc\nd');
    expect(normalizeField('e\u0301')).toBe('\u00e9');
  });

  it('keeps the same array when nothing changes', () => {
    const fields = ['plain', 'text'];
    expect(normalizeFields(fields)).toEqual({ fields, joined: 'plain\x1ftext' });
    expect(normalizeFields(fields).fields).toBe(fields);
    expect(normalizeFields(['e\u0301', 'x\u0001'])).toEqual({ fields: ['\u00e9', 'x'], joined: '\u00e9\x1fx' });
  });
});
