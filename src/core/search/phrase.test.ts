import { describe, expect, it } from 'vitest';
import { hasPhrase } from './phrase';

describe('hasPhrase', () => {
  const text = 'Turnout reached More than 50 percent,\nthough fewer than 500 voters queued before dawn.';

  it('matches the words in order, whole, in any case and across a line break', () => {
    expect(hasPhrase(text, 'more than 50')).toBe(true);
    expect(hasPhrase(text, 'percent though')).toBe(true);
    expect(hasPhrase(text, 'queued before dawn')).toBe(true);
  });

  it('refuses other orders, cut words and words with others between them', () => {
    expect(hasPhrase(text, 'than more 50')).toBe(false);
    expect(hasPhrase(text, 'than 50 voters')).toBe(false);
    expect(hasPhrase(text, 'fewer than 5')).toBe(false);
    expect(hasPhrase(text, 'reached than')).toBe(false);
    expect(hasPhrase(text, '…')).toBe(false);
  });
});
