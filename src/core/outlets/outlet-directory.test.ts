import { describe, expect, it } from 'vitest';
import type { OutletRecord } from '../model';
import { buildOutletDirectory, finalOutletKey } from './outlet-directory';

const record = (key: string, name: string | null, mergedInto: string | null = null): OutletRecord => ({
  key,
  name,
  mergedInto,
  updatedAt: 1,
});

describe('buildOutletDirectory', () => {
  const sources = ['@harbourdesk', 'Harbour Desk', 'harbourdesk.com', 'Harbour Desk', 'Valley Courier', null];

  it('joins spellings of one outlet and shows the name, not the handle or domain', () => {
    const dir = buildOutletDirectory(sources, []);
    expect([...dir.outlets.keys()].sort()).toEqual(['harbourdesk', 'valleycourier']);
    const harbour = dir.resolve('@harbourdesk');
    expect(harbour?.name).toBe('Harbour Desk');
    expect(harbour?.spellings).toEqual(['Harbour Desk', 'harbourdesk', 'harbourdesk.com']);
    expect(dir.resolve(null)).toBeNull();
  });

  it('shows the name the analyst gave', () => {
    const dir = buildOutletDirectory(sources, [record('harbourdesk', 'The Harbour Desk')]);
    expect(dir.resolve('harbourdesk.com')?.name).toBe('The Harbour Desk');
  });

  it('resolves a merged outlet to the one it was merged into, for later articles too', () => {
    const records = [record('harbourdesk', null, 'valleycourier'), record('valleycourier', 'Courier Group')];
    const dir = buildOutletDirectory(sources, records);
    expect([...dir.outlets.keys()]).toEqual(['valleycourier']);
    expect(dir.resolve('Harbour Desk')).toEqual(dir.resolve('Valley Courier'));
    expect(dir.resolve('Harbour Desk')?.name).toBe('Courier Group');
    expect(dir.resolve('https://harbourdesk.com/new')?.key).toBe('valleycourier');
  });

  it('names a merged outlet by its own spellings, not by those merged into it', () => {
    const many = ['Anchor Daily', 'Anchor Daily', 'anchordaily.com', 'Valley Courier'];
    const dir = buildOutletDirectory(many, [record('anchordaily', null, 'valleycourier')]);
    expect(dir.resolve('Anchor Daily')).toMatchObject({ key: 'valleycourier', name: 'Valley Courier' });
  });

  it('stops at a merge cycle instead of looping', () => {
    const records = new Map([
      ['a', record('a', null, 'b')],
      ['b', record('b', null, 'a')],
    ]);
    expect(finalOutletKey('a', records)).toBe('b');
  });
});
