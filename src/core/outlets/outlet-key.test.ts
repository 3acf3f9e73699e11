import { describe, expect, it } from 'vitest';
import { cleanOutletName, outletKey } from './outlet-key';

describe('outletKey', () => {
  it('gives a handle, a name and a domain of one outlet the same key', () => {
    const keys = [
      '@harbourdesk',
      'Harbour Desk',
      'harbourdesk.com',
      'https://www.harbourdesk.com/story/12',
      'HARBOUR-DESK',
    ];
    expect(new Set(keys.map(outletKey))).toEqual(new Set(['harbourdesk']));
  });

  it('drops a copyright line, a leading "the" and accents', () => {
    expect(outletKey('© 2021 The Valley Courier')).toBe(outletKey('Valley Courier'));
    expect(outletKey('@ 2018 The Valley Courier')).toBe('valleycourier');
    expect(outletKey('Copyright 2003-2009 Diário do Sul')).toBe('diariodosul');
  });

  it('reads a country domain and a server label by the label that names the outlet', () => {
    expect(outletKey('news.lakeside.co.uk')).toBe('lakeside');
    expect(outletKey('edition.northwire.com')).toBe('northwire');
    expect(outletKey('m.tidings.com.au')).toBe('tidings');
  });

  it('keeps different outlets apart', () => {
    expect(outletKey('Valley Courier')).not.toBe(outletKey('Valley Courier Weekly'));
    expect(outletKey('northwire.com')).not.toBe(outletKey('northwire-business.com'));
  });

  it('gives an empty key to a source that names nothing', () => {
    expect(outletKey('  ')).toBe('');
    expect(outletKey('© 2020')).toBe('');
  });
});

describe('cleanOutletName', () => {
  it('shows a name without its copyright line or handle mark, a URL as its host', () => {
    expect(cleanOutletName('  © 2019  The Valley   Courier ')).toBe('The Valley Courier');
    expect(cleanOutletName('@harbourdesk')).toBe('harbourdesk');
    expect(cleanOutletName('https://www.harbourdesk.com/a/b?c=1')).toBe('harbourdesk.com');
  });
});
