import { describe, expect, it } from 'vitest';
import { deepFreeze } from './glossary.js';

describe('deepFreeze', () => {
  it('freezes nested objects, arrays, and the values of Maps and Sets', () => {
    const inner = { a: [{ b: 1 }] };
    const value = { list: [inner], map: new Map([['k', { v: { w: 2 } }]]), set: new Set([{ s: 3 }]) };
    deepFreeze(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(inner.a[0])).toBe(true);
    expect(Object.isFrozen(value.map.get('k')!.v)).toBe(true);
    expect(Object.isFrozen([...value.set][0])).toBe(true);
    expect(() => {
      (inner.a[0] as { b: number }).b = 2;
    }).toThrow(TypeError);
  });

  it('survives cycles, shared subtrees and very deep chains', () => {
    const shared = { x: 1 };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic.self = cyclic;
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect(Object.isFrozen(shared)).toBe(true);
    let deep: Record<string, unknown> = {};
    const top = deep;
    for (let i = 0; i < 200_000; i++) {
      const next = {};
      deep.next = next;
      deep = next;
    }
    deepFreeze(top);
    expect(Object.isFrozen(deep)).toBe(true);
  });
});
