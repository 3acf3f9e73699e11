import { describe, expect, it } from 'vitest';
import { hostOf, isHashLikeName, outletFromByline, outletFromHost } from './metadata-site';

describe('outletFromHost', () => {
  it('takes the site part of the page title when it spells the host', () => {
    expect(
      outletFromHost('https://www.quayside-herald.co.uk/news/x', 'Lock gates fail | Quayside Herald'),
    ).toBe('Quayside Herald');
    expect(outletFromHost('https://thenorthmarch.com/a', 'The North March — Mill closes')).toBe(
      'The North March',
    );
  });

  it('falls back to the bare host when the title names no site', () => {
    expect(outletFromHost('https://m.fenlandpost.org/2020/1/2/x', 'Mill closes after fire')).toBe(
      'fenlandpost.org',
    );
    expect(outletFromHost('https://www.glenmoor.news/a', null)).toBe('glenmoor.news');
  });

  it('has no outlet for a missing, local or numeric host', () => {
    expect(outletFromHost(null)).toBeNull();
    expect(outletFromHost('file:///home/a.html')).toBeNull();
    expect(hostOf('http://127.0.0.1:8080/a')).toBeNull();
  });
});

describe('outletFromByline', () => {
  it('reads the outlet named after the author', () => {
    expect(outletFromByline('By Ines Duarte | The Harbour Times')).toBe('The Harbour Times');
    expect(outletFromByline('Tomas Berg for Coastline Daily')).toBe('Coastline Daily');
  });

  it('takes no job title or plain name for an outlet', () => {
    expect(outletFromByline('Ines Duarte | Senior Correspondent')).toBeNull();
    expect(outletFromByline('By Ines Duarte')).toBeNull();
    expect(outletFromByline(null)).toBeNull();
  });
});

describe('isHashLikeName', () => {
  it.each(['3f9a2c71be04d8e6.html', 'a1b2c3d4-e5f6-4711-9a0b-1c2d3e4f5a6b.txt', 'Xq7Lm2Pz9Rt4Vb8N.htm'])(
    '%s is an identifier',
    (name) => expect(isHashLikeName(name)).toBe(true),
  );

  it.each(['storm-update.txt', 'council budget 2024.html', 'report.pdf'])('%s is a name', (name) =>
    expect(isHashLikeName(name)).toBe(false),
  );
});
