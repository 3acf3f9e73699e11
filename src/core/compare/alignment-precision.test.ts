import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../analysis';
import { compareArticles } from './compare-articles';

const models = await loadAnalysisModels();

// Each case: one lead both versions share, then the sentence under test. Sentences written for these tests.
const LEAD = 'The regional council met in the old town hall to discuss the flood barrier.';
const side = (id: string, sentence: string, date?: string) => {
  const text = `${LEAD}\n\n${sentence}`;
  return { id, text, analysis: analyzeText(text, models), ...(date ? { date } : {}) };
};
const pairOf = (a: string, b: string, dates: [string?, string?] = []) => {
  const x = side('a', a, dates[0]);
  const y = side('b', b, dates[1]);
  const pairs = compareArticles(x, y).pairs.filter((p) => !x.text.slice(...p.a).startsWith('The regional'));
  return pairs[0];
};

describe('alignment precision', () => {
  it('does not align two sentences that share only the speaker and the cue', () => {
    expect(
      pairOf(
        'Club spokeswoman Ines Payton said on the radio: “The stadium roof will be repaired by autumn.”',
        'Club spokeswoman Ines Payton said on the radio: “Season tickets have sold out.”',
      ),
    ).toBeUndefined();
    expect(
      pairOf(
        'Payton, the club spokeswoman, said fans had been patient.',
        'Steele, the club spokesman, said a new coach would be named soon.',
      ),
    ).toBeUndefined();
  });

  it('aligns a very short sentence only with a near-identical one', () => {
    expect(
      pairOf('I’m thrilled.', 'Voters backed 3 proposals and I’m thrilled about the outcome.'),
    ).toBeUndefined();
    expect(pairOf('I’m thrilled.', '4.')).toBeUndefined();
    expect(pairOf('I’m thrilled.', 'I’m thrilled!')?.kind).toBe('same');
  });

  it('calls a sentence the same when only case, punctuation, a name’s abbreviation or a number word differ', () => {
    const p = pairOf(
      'The U.S. Geological Survey counted thirty aftershocks, the Flood Barrier Committee said.',
      'The United States Geological Survey counted 30 aftershocks — the flood barrier committee said!',
    );
    expect(p?.kind).toBe('same');
    expect(p?.discrepancies).toEqual([]);
    expect(p?.diff.every((d) => d.kind === 'equal')).toBe(true);
    expect(
      pairOf(
        'Inspectors from the US visited twenty-five pumps.',
        'Inspectors from the U.S. visited 25 pumps.',
      )?.kind,
    ).toBe('same');
  });

  it('flags a changed year as a date conflict with both sides’ words', () => {
    const p = pairOf(
      'The barrier was last tested in March 2023, engineers said.',
      'The barrier was last tested in March 2024, engineers said.',
    );
    expect(p?.discrepancies).toContainEqual(
      expect.objectContaining({
        kind: 'date',
        severity: 'conflict',
        a: expect.objectContaining({ text: 'March 2023' }),
        b: expect.objectContaining({ text: 'March 2024' }),
      }),
    );
  });

  it('flags a changed weekday, and reads "last month" against the article’s date', () => {
    const weekday = pairOf(
      'The barrier gates were closed on Tuesday night.',
      'The barrier gates were closed on Friday night.',
    );
    expect(weekday?.discrepancies.map((d) => [d.kind, d.a?.text, d.b?.text])).toContainEqual([
      'date',
      'Tuesday',
      'Friday',
    ]);
    const dated: [string, string] = ['2025-03-10', '2025-03-11'];
    const agree = pairOf(
      'The pumps failed last month, the council said.',
      'The pumps failed in February, the council said.',
      dated,
    );
    expect(agree?.discrepancies.filter((d) => d.kind === 'date')).toEqual([]);
    const clash = pairOf(
      'The pumps failed last month, the council said.',
      'The pumps failed in January, the council said.',
      dated,
    );
    expect(clash?.discrepancies.map((d) => [d.kind, d.a?.text, d.b?.text])).toContainEqual([
      'date',
      'last month',
      'January',
    ]);
  });

  it('does not pair sentences about two different attacks, so their figures never conflict', () => {
    const x = side('a', 'Pirates boarded the tanker Halcyon Dawn off Socotra and took its 23 crew hostage.');
    const y = side('b', 'Pirates boarded the bulk carrier Kestrel Bay near Batam and tied up its 26 crew.');
    const c = compareArticles(x, y);
    expect(c.pairs.flatMap((p) => p.discrepancies).filter((d) => d.kind === 'number')).toEqual([]);
    expect(c.onlyA.map((s) => x.text.slice(...s))).toContainEqual(expect.stringContaining('Halcyon Dawn'));
  });
});
