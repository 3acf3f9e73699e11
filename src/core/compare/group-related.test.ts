import { describe, expect, it } from 'vitest';
import { groupRelatedArticles } from './group-related';

const STORY_A = [
  'Firefighters in the coastal town of Brem spent the night battling a blaze at the old sardine cannery.',
  'The fire started in a storage shed shortly after ten in the evening and spread to the main hall.',
  'Residents of nearby streets were told to keep their windows closed because of the smoke.',
  'The cannery closed in 1998 and had been bought by a developer who planned to turn it into flats.',
  'Police said they were treating the fire as suspicious and asked witnesses to come forward.',
].join(' ');
const STORY_B = [
  'A chess prodigy aged eleven won the national open championship in the capital on Saturday.',
  'She beat three grandmasters on her way to the title and lost only one game in nine rounds.',
  'Her coach said she trains for four hours a day after school and plays online at night.',
  'The federation said she would represent the country at the world youth championship in October.',
].join(' ');

describe('groupRelatedArticles', () => {
  it('groups two versions of one story and keeps a different story apart', () => {
    const reedit = STORY_A.replace('spent the night battling', 'fought through the night').replace(
      'asked witnesses to come forward',
      'appealed for witnesses',
    );
    const groups = groupRelatedArticles([
      { id: 'fire-1', text: STORY_A, date: '2024-03-01' },
      { id: 'chess', text: STORY_B, date: '2024-03-02' },
      { id: 'fire-2', text: reedit, date: '2024-03-01' },
    ]);
    expect(groups).toEqual([['fire-1', 'fire-2'], ['chess']]);
  });

  it('keeps identical text apart when the dates are months apart and the overlap is partial', () => {
    const half = STORY_A.split('. ').slice(0, 2).join('. ');
    const groups = groupRelatedArticles([
      { id: 'old', text: half, date: '2023-01-01' },
      { id: 'new', text: STORY_A, date: '2024-06-01' },
    ]);
    expect(groups).toEqual([['old'], ['new']]);
  });
});
