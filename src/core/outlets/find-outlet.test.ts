import { describe, expect, it } from 'vitest';
import type { OutletRecord } from '../model';
import { findOutlet } from './find-outlet';
import { buildOutletDirectory } from './outlet-directory';

const record = (key: string, name: string | null, mergedInto: string | null = null): OutletRecord => ({
  key,
  name,
  mergedInto,
  updatedAt: 1,
});

const sources = [
  '@lindenpost',
  'Linden Post',
  'lindenpost.com',
  'Fjord Courier',
  'fjordcourier.no',
  'Le Télégramme',
];

describe('findOutlet', () => {
  const dir = buildOutletDirectory(sources, []);
  const keyOf = (value: string) => findOutlet(dir, value)?.key ?? null;

  it('finds an outlet by its key, as the outlets view links to it', () => {
    expect(keyOf('lindenpost')).toBe('lindenpost');
    expect(keyOf('fjordcourier')).toBe('fjordcourier');
  });

  it('finds an outlet by the name it is shown by, in any case, spacing or accents, and by its spellings', () => {
    expect(keyOf('Linden Post')).toBe('lindenpost');
    expect(keyOf('  linden   post ')).toBe('lindenpost');
    expect(keyOf('le telegramme')).toBe('letelegramme');
    expect(keyOf('lindenpost.com')).toBe('lindenpost');
    expect(keyOf('@lindenpost')).toBe('lindenpost');
    expect(keyOf('Harbour Desk')).toBeNull();
    expect(keyOf('')).toBeNull();
  });

  it("finds a renamed outlet by the analyst's name, and a merged one's spellings in the outlet it joined", () => {
    const renamed = buildOutletDirectory(sources, [
      record('fjordcourier', 'Harbour Courier'),
      record('lindenpost', null, 'fjordcourier'),
    ]);
    expect(findOutlet(renamed, 'Harbour Courier')?.key).toBe('fjordcourier');
    expect(findOutlet(renamed, 'Linden Post')?.name).toBe('Harbour Courier');
    expect(findOutlet(renamed, 'lindenpost')?.key).toBe('fjordcourier');
  });
});
