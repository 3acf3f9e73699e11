import { describe, expect, it } from 'vitest';
import {
  findInlineWireCredit,
  matchWireByline,
  normalizeDate,
  parseDateLine,
  sourceFromCopyright,
} from './metadata';

describe('normalizeDate', () => {
  it.each([
    ['2024-02-28', '2024-02-28'],
    ['2024-02-28T15:42:00+05:30', '2024-02-28'],
    ['2 min read Last Updated : Feb 28 2024 | 3:42 PM IST', '2024-02-28'],
    ['March 3rd, 2025', '2025-03-03'],
    ['3 March 2025', '2025-03-03'],
    ['2024-02-30', null],
    ['03/04/2025', null],
    ['no date here', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('parseDateLine', () => {
  it('splits the scraper date line into date and remainder', () => {
    expect(parseDateLine(' date 2025-01-09 Rain Delays Harvest')).toEqual({
      date: '2025-01-09',
      rest: 'Rain Delays Harvest',
    });
    expect(parseDateLine('The date 2025-01-09 was chosen.')).toBeNull();
  });
});

describe('wire credits', () => {
  it('recognises a wire byline with a dateline and canonicalises the agency', () => {
    expect(matchWireByline('Press Trust of India New Delhi')).toBe('Press Trust of India');
    expect(matchWireByline('PTI')).toBe('Press Trust of India');
    expect(matchWireByline('By Associated Press')).toBe('Associated Press');
    expect(matchWireByline('Reuters')).toBe('Reuters');
  });

  it('does not mistake a sentence that mentions an agency for a byline', () => {
    expect(matchWireByline('Reuters reported the deal on Monday.')).toBeNull();
    expect(matchWireByline('ap')).toBeNull();
  });

  it('finds an inline credit at the start of the story', () => {
    expect(findInlineWireCredit('LAGOS, May 2 (Reuters) - Fuel prices rose.')).toBe('Reuters');
    expect(findInlineWireCredit('Fuel prices rose in Lagos.')).toBeNull();
    // The agencies of Japan, Korea, Malaysia, Indonesia, Turkey, Russia, Spain, Italy and Ukraine too.
    expect(findInlineWireCredit('TOKYO (Kyodo) - Rice prices rose.')).toBe('Kyodo');
    expect(findInlineWireCredit('SEOUL, March 3 (Yonhap) -- Exports rose.')).toBe('Yonhap');
    expect(findInlineWireCredit('ANKARA (Anadolu) - Lira fell.')).toBe('Anadolu');
    expect(matchWireByline('Jiji Press')).toBe('Jiji Press');
  });

  it('reads an agency it has no entry for from a wire dateline, and nothing else in parentheses', () => {
    expect(findInlineWireCredit('TARTU (Baltic News Service) — The university opened a lab.')).toBe(
      'Baltic News Service',
    );
    expect(findInlineWireCredit('QUITO, Jan. 9 (Andes Wire) - Volcano ash closed the airport.')).toBe(
      'Andes Wire',
    );
    expect(findInlineWireCredit('NAIROBI (KNA) – Rains flooded the market.')).toBe('KNA');
    expect(findInlineWireCredit('KYIV (Ukraine) - Sirens sounded overnight.')).toBeNull();
    expect(findInlineWireCredit('The minister (Ana Ruiz) - who spoke first - left.')).toBeNull();
    expect(findInlineWireCredit('Sales rose (Harbour News) - the paper said.')).toBeNull();
  });

  it("reads a newspaper's credit in a dateline, in capitals or in title case before a date", () => {
    expect(findInlineWireCredit('PORT SELBY (Harbour Courier) - Repairs will take two months.')).toBe(
      'Harbour Courier',
    );
    expect(
      findInlineWireCredit('Port Selby, March 2 (The Selby Times) — Repairs will take two months.'),
    ).toBe('The Selby Times');
    expect(findInlineWireCredit('Port Selby (Harbour Courier) - Repairs will take two months.')).toBeNull();
    expect(findInlineWireCredit('Mayor Ann Lye, March 2 (Monday) - the vote passed.')).toBeNull();
  });
});

describe('sourceFromCopyright', () => {
  it.each([
    ['Copyrights © 2024 Harbour Times Private Ltd. All rights reserved', 'Harbour Times'],
    ['© 2023 Valley Courier Inc.', 'Valley Courier'],
    ['Copyright (c) 2019-2024 The Morning Ledger. All rights reserved.', 'The Morning Ledger'],
    ['@ 2019 The New Arab', 'The New Arab'],
    ['@2021 Fjord Gazette', 'Fjord Gazette'],
  ])('%s → %s', (line, source) => {
    expect(sourceFromCopyright(line)).toBe(source);
  });

  it('takes no handle for a copyright owner', () => {
    expect(sourceFromCopyright('@harbourtimes')).toBeNull();
  });
});
