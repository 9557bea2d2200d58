import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { escapeScriptJson, jsonLdScript } from './json-ld-script.js';

describe('jsonLdScript', () => {
  it('escapes </ and <!-- so a label cannot close the script', () => {
    const doc = JSON.stringify({ name: 'evil </script><script>alert(1)</script> <!-- x' });
    const out = toHtml(jsonLdScript(doc));
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    expect(out).not.toContain('<!--');
    const body = out.slice(out.indexOf('>') + 1, out.lastIndexOf('</script>'));
    expect(JSON.parse(body)).toEqual({ name: 'evil </script><script>alert(1)</script> <!-- x' });
  });

  it('compacts the document and rejects invalid JSON', () => {
    expect(toHtml(jsonLdScript('{\n  "a": 1\n}'))).toBe('<script type="application/ld+json">{"a":1}</script>');
    expect(() => jsonLdScript('{nope')).toThrow();
  });
});

describe('escapeScriptJson', () => {
  it('replaces every occurrence', () => {
    expect(escapeScriptJson('"</a></b><!--<!--"')).toBe('"<\\/a><\\/b><\\u0021--<\\u0021--"');
  });
});
