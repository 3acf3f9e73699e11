import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from './index';

describe('model', () => {
  it('lists each entity type once', () => {
    expect(new Set(ENTITY_TYPES).size).toBe(ENTITY_TYPES.length);
  });
});
