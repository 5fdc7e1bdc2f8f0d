// The one edit distance, and both "did you mean" users of it (config keys and values, explain's rule ids).
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/util/edit-distance.js';
import { nearest } from '../../src/engine/config.js';
import { suggestIds } from '../../src/pipeline/explain.js';
import { RULES } from '../../src/engine/registry.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('buffering', 'buffering')).toBe(0);
  });

  it('counts a swap of two adjacent characters as one edit, in both directions', () => {
    expect(editDistance('bufefring', 'buffering')).toBe(1);
    expect(editDistance('buffering', 'bufefring')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    // Optimal string alignment: a swapped pair is not edited again (CA -> ABC is 3, not 2).
    expect(editDistance('ca', 'abc')).toBe(3);
  });
});

describe('suggestions use the same distance', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('explain suggests a rule id mistyped with two swaps (4 edits without transpositions)', () => {
    expect(suggestIds('bfufering-no', ids)[0]).toBe('buffering-on');
    expect(suggestIds('zzzzzzzz', ids)).toEqual([]);
  });

  it('the config suggests the same id for the same typo', () => {
    expect(nearest('bfufering-no', ids)).toBe('buffering-on');
  });
});
