import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';

const models = await loadAnalysisModels();

/** Each mention of "May" in `text` with its type, or "none". */
function mays(text: string): string[] {
  const entities = analyzeText(text, models).entities;
  const out: string[] = [];
  for (let at = text.indexOf('May'); at >= 0; at = text.indexOf('May', at + 1)) {
    const e = entities.find((x) => x.start <= at && x.end > at);
    out.push(e ? `${e.type}:${e.text}` : 'none');
  }
  return out;
}

describe('the month of May', () => {
  it('is a date after a word of time, not in a name', () => {
    expect(
      mays(
        'Exports fell in May and have not recovered since May. By mid-May the port was idle. ' +
          'Greta May said work would stop until May 2026.',
      ),
    ).toEqual(['DATE:May', 'DATE:May', 'DATE:May', 'PERSON:Greta May', 'DATE:May 2026']);
  });
});

describe('a year', () => {
  it('is read before the noun it dates, a season of two years too', () => {
    const text =
      'After a poor 2024 harvest, the 2026 state budget and the 2025/26 crop season cost 1,500 jobs.';
    const dates = analyzeText(text, models)
      .entities.filter((e) => e.type === 'DATE')
      .map((e) => e.text);
    expect(dates).toEqual(['2024', '2026', '2025/26']);
  });
});

describe('part of a year or a month', () => {
  it('is one date with its "early", "mid-" or "late"', () => {
    const text =
      'Drilling starts in late 2026, output peaks by mid-2028 and the pipeline, begun in early April, dates from the mid-1980s.';
    expect(
      analyzeText(text, models)
        .entities.filter((e) => e.type === 'DATE')
        .map((e) => e.text),
    ).toEqual(['late 2026', 'mid-2028', 'early April', 'mid-1980s']);
  });
});
