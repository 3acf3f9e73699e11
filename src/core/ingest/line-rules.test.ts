import { describe, expect, it } from 'vitest';
import { classifyLine, endsLikeSentence, isMenuItem, wordCountOf } from './line-rules';

describe('endsLikeSentence', () => {
  it('accepts terminal punctuation, also inside closing quotes and brackets', () => {
    for (const line of [
      'Done.',
      'Why?',
      'Stop!',
      'And then…',
      'He left.”',
      'It ended (at last.)',
      'Done.")]',
    ])
      expect(endsLikeSentence(line), line).toBe(true);
  });

  it('accepts a comma inside a closing quote, as in a cut quotation', () => {
    expect(endsLikeSentence('"We will build it,"')).toBe(true);
    expect(endsLikeSentence('We will build it,')).toBe(false);
    expect(endsLikeSentence('We will build it,)')).toBe(false);
  });

  it('rejects headlines, labels and empty lines', () => {
    for (const line of ['Harbour board clears terminal', 'Topics: ports', '"Quoted"', ')', '']) {
      expect(endsLikeSentence(line), line).toBe(false);
    }
  });
});

describe('isMenuItem', () => {
  it('accepts up to four mostly capitalised words', () => {
    expect(isMenuItem('World News')).toBe(true);
    expect(isMenuItem('Markets & Economy')).toBe(true);
    expect(isMenuItem('Über uns 2024')).toBe(true);
  });

  it('rejects lower-case phrases, long lines and punctuated lines', () => {
    expect(isMenuItem('read the full story')).toBe(false);
    expect(isMenuItem('Home News World Sports Opinion')).toBe(false);
    expect(isMenuItem('Home.')).toBe(false);
    expect(isMenuItem(`Home ${'x'.repeat(60)}`)).toBe(false);
    expect(isMenuItem('   ')).toBe(false);
  });
});

describe('wordCountOf', () => {
  it('counts runs of characters between spaces', () => {
    expect(wordCountOf('Port city inspections rise')).toBe(4);
    expect(wordCountOf('  two   words  ')).toBe(2);
    expect(wordCountOf('one')).toBe(1);
    expect(wordCountOf('tab\tjoined')).toBe(1);
    expect(wordCountOf('')).toBe(0);
    expect(wordCountOf('   ')).toBe(0);
  });
});

describe('captions, credits and citations', () => {
  it.each([
    '(Image: © Lee Park)',
    'Photo: Ana Ruiz/Reuters',
    'Crowds at the stadium gate before kick-off. Photograph: Lee Park/Getty Images',
    'Image credit: Tallinn Port Authority',
    'Rescue boats in the bay (Photo by Ivo Saar/AFP)',
  ])('drops "%s" as a photo caption or credit', (line) => {
    expect(classifyLine(line)?.reason).toBe('photo caption or credit');
  });

  it.each([
    'The picture changed after the vote, the minister said.',
    'Revenue rose 4% in the year to March.',
    'He sold his shares to AC/DC fans in Oslo.',
  ])('keeps the story sentence "%s"', (line) => {
    expect(classifyLine(line)).toBeNull();
  });

  it('reads the page date from a citation line, not the day it was retrieved', () => {
    expect(
      classifyLine(
        'Citation: Eels follow the tide home (2019, May 2) retrieved 9 May 2019 from https://x.example/a',
      ),
    ).toEqual({ reason: 'citation', footer: true, date: '2019-05-02' });
  });
});

describe('bylines', () => {
  it('reads the outlet and date a byline names, a wire as its source, and no job title as an outlet', () => {
    expect(classifyLine('By Lee Park | Reuters | March 3, 2025')).toEqual({
      reason: 'byline',
      source: 'Reuters',
      date: '2025-03-03',
    });
    expect(classifyLine('By Ana Ruiz, Harbour Gazette — 30 November 2026')).toEqual({
      reason: 'byline',
      outlet: 'Harbour Gazette',
      date: '2026-11-30',
    });
    expect(classifyLine('By Ana Ruiz, Staff Writer')).toEqual({ reason: 'byline' });
  });

  it('never takes a sentence opening with "By" for a byline', () => {
    for (const line of ['By Friday, the water had receded.', 'By Monday, 40 homes were empty.'])
      expect(classifyLine(line), line).toBeNull();
  });
});
