import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';

const models = await loadAnalysisModels();

/** The organisations of `text`, as written. */
const organisations = (text: string) =>
  analyzeText(text, models)
    .entities.filter((e) => e.type === 'ORG')
    .map((e) => e.text);

describe('institutions named for what they deal with', () => {
  it('are one organisation over "and", commas and "of", however long', () => {
    expect(
      organisations(
        'The Department of Fisheries, Forestry and Coastal Affairs said the ban would hold. Later the ' +
          'Federation of Bakers and Confectioners met the Office for the Regulation of Energy Markets.',
      ),
    ).toEqual([
      'Department of Fisheries, Forestry and Coastal Affairs',
      'Federation of Bakers and Confectioners',
      'Office for the Regulation of Energy Markets',
    ]);
  });

  it('end before a comma no "and" closes, a title, a name or another institution', () => {
    const found = organisations(
      'The Ministry of Mines, Oskar Lind said, met the Ministry of Finance and Bank of Norway after the ' +
        'Ministry of Defence Secretary Ana Ruiz spoke.',
    );
    expect(found).toContain('Ministry of Mines');
    expect(found).toContain('Ministry of Finance');
    expect(found).toContain('Bank of Norway');
    expect(found).toContain('Ministry of Defence');
  });
});
