import { describe, expect, it } from 'vitest';
import { findNumbers } from '../analysis/numbers';
import { compareNumbers } from './number-discrepancies';

const between = (a: string, b: string) =>
  compareNumbers(findNumbers(a), findNumbers(b)).map((d) => [
    d.severity,
    d.a?.text ?? null,
    d.b?.text ?? null,
  ]);

describe('number discrepancies of an aligned pair', () => {
  it('reads one figure counting other words as one difference, not a figure each side alone states', () => {
    expect(
      between('Port officials said over 200 rescuers had been involved.', 'More than 200 people took part.'),
    ).toEqual([['difference', 'over 200 rescuers', 'More than 200 people']]);
  });

  it('still tells a changed count and different measures apart', () => {
    expect(between('Some 37 ships waited.', 'About 40 ships waited.')).toEqual([
      ['conflict', 'Some 37 ships', 'About 40 ships'],
    ]);
    expect(between('Fares rose 50% this year.', 'Fares rose by $50.')).toEqual([
      ['difference', '50%', null],
      ['difference', null, '$50'],
    ]);
    expect(between('The road closed for 3 days.', 'Police held 3 suspects.')).toEqual([
      ['difference', '3 days', null],
      ['difference', null, '3 suspects'],
    ]);
  });

  it('tells two ranges from the same start apart by where they end', () => {
    expect(
      between('Between 2,000 and 5,000 homes lost power.', 'Between 2,000 and 3,000 homes lost power.'),
    ).toEqual([['conflict', 'Between 2,000 and 5,000 homes', 'Between 2,000 and 3,000 homes']]);
    expect(between('Repairs take 3-5 days.', 'Repairs will take 3 to 5 days.')).toEqual([]);
  });
});
