import { describe, expect, it } from 'vitest';
import { escapeCloze, escapeHtml } from './escape-html.js';

describe('escapeHtml', () => {
  it('encodes HTML specials and the characters of Anki syntax', () => {
    expect(escapeHtml('<b>"R&D"</b> [sound:a.mp3] {{c1::x}}')).toBe(
      '&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; &#91;sound:a.mp3&#93; &#123;&#123;c1::x&#125;&#125;',
    );
  });

  it('returns plain text unchanged', () => {
    expect(escapeHtml('Goodhart’s law: a*b_c | `γ` 🚀')).toBe('Goodhart’s law: a*b_c | `γ` 🚀');
  });
});

describe('escapeCloze', () => {
  it('also encodes colons, so `::` cannot start a hint', () => {
    expect(escapeCloze('wrong }} target :: hint')).toBe('wrong &#125;&#125; target &#58;&#58; hint');
  });
});
