import { describe, expect, it } from 'vitest';
import { nameKey, namesMissingFrom } from './names';

describe('names across articles', () => {
  it('spell out country abbreviations in capitals, and leave the word "us" alone', () => {
    expect(nameKey('US Department of Homeland Security')).toBe(
      'united states department of homeland security',
    );
    expect(nameKey('U.S.')).toBe('united states');
    expect(nameKey('the United States of America')).toBe('the united states');
    expect(nameKey('India-U.S. Joint Working Group')).toBe('india-united states joint working group');
    expect(nameKey('UK  Treasury')).toBe('united kingdom treasury');
    expect(nameKey('officials told us')).toBe('officials told us');
    expect(nameKey('USAID')).toBe('usaid');
  });

  it('list only names the other article never mentions in any spelling', () => {
    const a = ['United States Department of Agriculture', 'US', 'Marta Quispe', 'Cusco'];
    const b = ['US Department of Agriculture', 'U.S.', 'Marta Quispe', 'Tomas Lindgren'];
    expect(namesMissingFrom(a, b)).toEqual(['Cusco']);
    expect(namesMissingFrom(b, a)).toEqual(['Tomas Lindgren']);
  });

  it('take a people for its country: "Kenyan" in one version is "Kenya" in the other', () => {
    expect(nameKey('Kenyans')).toBe('kenya');
    expect(namesMissingFrom(['Kenyan', 'Nakuru'], ['Kenya'])).toEqual(['Nakuru']);
    expect(namesMissingFrom(['Kenya'], ['Kenyan'])).toEqual([]);
  });

  it('name one spelling once when an article uses several', () => {
    expect(namesMissingFrom(['US', 'United States', 'U.S.'], [])).toEqual(['US']);
  });
});
