import { describe, expect, it } from 'vitest';
import { endsLikeSentence, wordCountOf } from './line-rules';
import { findStoryBlocks, isTabular } from './page-block';

const lines = (...texts: string[]) =>
  texts.map((t) => ({
    words: wordCountOf(t),
    ended: endsLikeSentence(t),
    furniture: false,
    tabular: isTabular(t),
  }));

const MENU = ['Home', 'Regions', 'Markets', 'Weather', 'Podcasts', 'Sign in', 'Newsletters'];
const STORY = [
  'The port authority said on Monday that night shifts at the grain terminal would resume next week.',
  'Dockers had refused night work since a crane collapsed in June, injuring two of their colleagues.',
  'The union said new inspections of every crane had been agreed with the authority.',
];

describe('isTabular', () => {
  it('reads rows of standings and results as table rows, not prose or headlines', () => {
    expect(isTabular('3 Valletta Rangers 12 7 3 2 +11 24')).toBe(true);
    expect(isTabular('Lisbon 2 Porto 1')).toBe(false);
    expect(isTabular('Budget 2025 approved after 14 hours of debate')).toBe(false);
  });
});

describe('findStoryBlocks', () => {
  it('finds the story between a menu and a footer and calls the text a saved page', () => {
    const found = findStoryBlocks(lines(...MENU, 'Grain terminal to resume night shifts', ...STORY, ...MENU));
    expect(found).toEqual({ blocks: [{ start: 8, end: 10 }], page: true });
  });

  it('leaves a plain article alone: nothing around the story to drop', () => {
    expect(findStoryBlocks(lines('Grain terminal to resume night shifts', ...STORY)).page).toBe(false);
  });

  it('keeps a table inside the story but not a lone notice between menus', () => {
    const found = findStoryBlocks(
      lines(
        'We use cookies so the site works. You can change this in your settings at any time.',
        ...MENU,
        ...STORY,
        'Pos Team P Pts',
        '1 Valletta Rangers 12 24',
        '2 Marsa Town 12 22',
        '3 Gozo United 12 19',
        'The league resumes after the winter break on the second weekend of January.',
        ...MENU,
      ),
    );
    expect(found.blocks).toEqual([{ start: 8, end: 15 }]);
  });
});
