import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { writeTurtle } from './write-turtle.js';

const { blankNode, literal, namedNode, quad } = DataFactory;
const ex = (local: string) => namedNode(`https://x.org/${local}`);
const type = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');

describe('writeTurtle', () => {
  const quads = [
    quad(blankNode('b1'), ex('name'), literal('B')),
    quad(ex('b'), ex('label'), literal('Bee', 'en')),
    quad(ex('a'), ex('z'), ex('b')),
    quad(ex('a'), type, ex('Thing')),
    quad(ex('a'), ex('label'), literal('Ay', 'en')),
    quad(ex('a'), ex('cites'), blankNode('b1')),
  ];

  it('sorts by subject (IRIs first), rdf:type first, then predicate and object, using the prefixes', async () => {
    expect(await writeTurtle(quads, { ex: 'https://x.org/' })).toBe([
      '@prefix ex: <https://x.org/>.',
      '',
      'ex:a a ex:Thing;',
      '    ex:cites _:b1;',
      '    ex:label "Ay"@en;',
      '    ex:z ex:b.',
      'ex:b ex:label "Bee"@en.',
      '_:b1 ex:name "B".',
      '',
    ].join('\n'));
  });

  it('does not depend on the input order', async () => {
    expect(await writeTurtle([...quads].reverse(), { ex: 'https://x.org/' })).toBe(await writeTurtle(quads, { ex: 'https://x.org/' }));
  });
});
