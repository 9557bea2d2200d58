import { describe, expect, it } from 'vitest';
import { estimateTextWidth, isRtl, measureLabel, wrapLabel } from './svg-text.js';

describe('wrapLabel', () => {
  it('wraps at word boundaries within the limit', () => {
    expect(wrapLabel('Learned model that is itself an optimizer', 18)).toEqual(['Learned model that', 'is itself an', 'optimizer']);
  });
  it('breaks after a hyphen before splitting a word', () => {
    expect(wrapLabel('Capability-alignment gap', 18)).toEqual(['Capability-', 'alignment gap']);
    expect(wrapLabel('Mesa-optimization', 20)).toEqual(['Mesa-optimization']);
  });
  it('splits a word longer than a line', () => {
    expect(wrapLabel('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('counts emoji as one character and never returns no lines', () => {
    expect(wrapLabel('🚀🚀🚀', 2)).toEqual(['🚀🚀', '🚀']);
    expect(wrapLabel('', 10)).toEqual(['']);
  });
});

describe('estimateTextWidth', () => {
  it('is wider for capitals and emoji than for narrow letters', () => {
    expect(estimateTextWidth('WWW')).toBeGreaterThan(estimateTextWidth('iii'));
    expect(estimateTextWidth('🚀')).toBeGreaterThan(estimateTextWidth('a'));
  });
  it('grows bold labels', () => {
    expect(measureLabel('Inner alignment', 22, 10, 7, true).width).toBeGreaterThan(measureLabel('Inner alignment', 22).width);
  });
});

describe('isRtl', () => {
  it('detects Hebrew and leaves Latin alone', () => {
    expect(isRtl('דלתא')).toBe(true);
    expect(isRtl('Alpha')).toBe(false);
  });
});
