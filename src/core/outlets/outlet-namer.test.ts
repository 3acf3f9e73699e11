import { describe, expect, it } from 'vitest';
import type { OutletRecord } from '../model';
import { buildOutletDirectory } from './outlet-directory';
import { buildOutletNamer } from './outlet-namer';

const record = (key: string, name: string | null, mergedInto: string | null = null): OutletRecord => ({
  key,
  name,
  mergedInto,
  updatedAt: 1,
});

describe('buildOutletNamer', () => {
  it('shows an untouched outlet as the article spells it, without a copyright line or handle mark', () => {
    const namer = buildOutletNamer([]);
    expect(namer.nameOf('© 2027 The Saltmarsh Gazette')).toBe('The Saltmarsh Gazette');
    expect(namer.nameOf('@saltmarshgazette')).toBe('saltmarshgazette');
    expect(namer.nameOf(null)).toBeNull();
    expect(namer.nameOf('© 2020')).toBe('© 2020');
    expect(namer.keyOf('https://www.saltmarshgazette.com/x')).toBe('saltmarshgazette');
    expect(namer.keyOf('© 2020')).toBe('');
  });

  it('names renamed and merged outlets as the outlet directory does, for every spelling', () => {
    const sources = ['@kestrelwire', 'Kestrel Wire', 'orchardtimes.net', 'Orchard Times', 'Dune Radio'];
    const records = [
      record('kestrelwire', 'Kestrel Wire Service'),
      record('orchardtimes', null, 'duneradio'),
      record('duneradio', 'Dune Radio Network'),
    ];
    const namer = buildOutletNamer(records);
    const directory = buildOutletDirectory(sources, records);
    for (const source of sources) {
      expect(namer.nameOf(source)).toBe(directory.resolve(source)?.name);
      expect(namer.keyOf(source)).toBe(directory.resolve(source)?.key);
    }
    expect(namer.nameOf('orchardtimes.net')).toBe('Dune Radio Network');
    // A spelling no article had yet still lands on its outlet.
    expect(namer.nameOf('https://kestrelwire.org/story')).toBe('Kestrel Wire Service');
  });

  it('follows a chain of merges to the last outlet’s name', () => {
    const namer = buildOutletNamer([
      record('a', null, 'b'),
      record('b', 'Old B name', 'c'),
      record('c', 'Cobalt Daily'),
    ]);
    expect(namer.nameOf('A')).toBe('Cobalt Daily');
    expect(namer.keyOf('A')).toBe('c');
  });
});
