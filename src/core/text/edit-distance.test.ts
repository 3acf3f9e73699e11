import { describe, expect, it } from 'vitest';
import { boundedDistance } from './edit-distance';

describe('boundedDistance', () => {
  it('counts edits up to the bound and answers bound + 1 past it', () => {
    expect(boundedDistance('kowalczyk', 'kowalczik', 2)).toBe(1);
    expect(boundedDistance('mohammed', 'muhammad', 2)).toBe(2);
    expect(boundedDistance('harbour', 'harbour', 2)).toBe(0);
    expect(boundedDistance('port', 'airport', 2)).toBe(3);
    expect(boundedDistance('ferry', 'fairy tale', 2)).toBe(3);
  });
});
