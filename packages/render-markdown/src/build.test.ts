import { describe, expect, it } from 'vitest';
import { heading, joinPhrasing, link, list, listItem, paragraph, root, stopAfter, text, withStop } from './build.js';
import { serialize } from './serialize.js';

describe('mdast builders', () => {
  it('build nodes that serialize as expected', () => {
    const tree = root([
      heading(9, 'Deep'),
      paragraph('a ', link('https://example.org/', 'b')),
      list([listItem(['x'], list([listItem([text('y')])]))]),
      paragraph(...joinPhrasing([text('1'), text('2'), text('3')], ', ')),
    ]);
    expect(serialize(tree)).toBe('###### Deep\n\na [b](https://example.org/)\n\n- x\n  - y\n\n1, 2, 3\n');
    expect(heading(0, 'x').depth).toBe(1);
  });

  it('add a full stop only where none ends the text', () => {
    expect(['Done', 'Done.', 'Why?', 'Stop!'].map(withStop)).toEqual(['Done.', 'Done.', 'Why?', 'Stop!']);
    expect(stopAfter('x')).toBe('.');
  });
});
