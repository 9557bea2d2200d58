import type { Text } from 'mdast';
import { toMarkdown, type State } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { paragraph, root } from './build.js';
import { firstCharacterAsIs, safeAsIs } from './escape-screen.js';
import { MARKDOWN_STYLE } from './serialize.js';

/** Runs `check` with the serializer's state as it is for text in a paragraph (stack: paragraph, phrasing). */
function inParagraph<T>(check: (state: State) => T): T {
  let result: T | undefined;
  toMarkdown(root([paragraph('x')]), {
    ...MARKDOWN_STYLE,
    extensions: [...(MARKDOWN_STYLE.extensions ?? []), {
      handlers: {
        text(node: Text, _parent, state) {
          result = check(state);
          return node.value;
        },
      },
    }],
  });
  return result as T;
}

describe('safeAsIs', () => {
  it('passes prose with nothing to escape, whatever comes around it', () => {
    expect(inParagraph((s) => safeAsIs(s, '\n', 'plain words, a (b) c; d: e.g. 1.5 — ok?', '\n'))).toBe(true);
    // `[` after the text is the next link's; it is not this text's to escape.
    expect(inParagraph((s) => safeAsIs(s, ']', 'see ', '['))).toBe(true);
  });

  it('stops at every character that safe escapes in a paragraph', () => {
    for (const value of ['a*b', 'a_b', '[x', '`c`', '<b>', '&amp;', '{x', 'a\\b', 'x\n# y', 'x\n1. y', 'x\n- y', 'x \ny', '![x']) {
      expect(inParagraph((s) => safeAsIs(s, '\n', value, '\n')), value).toBe(false);
    }
  });

  it('looks at the characters around the text when a pattern needs them', () => {
    // "#" at the start of a line is a heading; "!" before "[" starts an image.
    expect(inParagraph((s) => safeAsIs(s, '\n', '# x', '\n'))).toBe(false);
    expect(inParagraph((s) => safeAsIs(s, 'a ', '# x', '\n'))).toBe(true);
    expect(inParagraph((s) => safeAsIs(s, '\n', 'wow!', '['))).toBe(false);
    // A backslash right after the text could be doubled.
    expect(inParagraph((s) => safeAsIs(s, '\n', 'x', '\\*'))).toBe(false);
  });
});

describe('firstCharacterAsIs', () => {
  it('is true when safe keeps the first character, false when it may escape or encode it', () => {
    expect(inParagraph((s) => firstCharacterAsIs(s, 'word *x*'))).toBe(true);
    expect(inParagraph((s) => firstCharacterAsIs(s, ''))).toBe(true);
    expect(inParagraph((s) => firstCharacterAsIs(s, '*word'))).toBe(false);
    // A space before a line ending is encoded as `&#x20;`: the pattern looks past the first character.
    expect(inParagraph((s) => firstCharacterAsIs(s, ' \nx'))).toBe(false);
    expect(inParagraph((s) => firstCharacterAsIs(s, '![x]'))).toBe(false);
    expect(inParagraph((s) => firstCharacterAsIs(s, '!x'))).toBe(true);
  });
});
