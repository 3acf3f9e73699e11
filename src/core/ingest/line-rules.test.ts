import { describe, expect, it } from 'vitest';
import { endsLikeSentence, isMenuItem, wordCountOf } from './line-rules';

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
