import { describe, expect, it } from 'vitest';
import { creditLine } from './credit-line';

describe('creditLine', () => {
  it('names the agency before the outlet that ran its copy', () => {
    expect(creditLine({ source: 'Lakeshore Business Daily', agency: 'Press Trust of India' })).toBe(
      'Press Trust of India via Lakeshore Business Daily',
    );
  });

  it('names the outlet alone when it wrote the story, and nothing when nothing is known', () => {
    expect(creditLine({ source: 'Tidewater Post' })).toBe('Tidewater Post');
    expect(creditLine({ source: 'Reuters', agency: 'Reuters' })).toBe('Reuters');
    expect(creditLine({ source: null })).toBeNull();
  });
});
