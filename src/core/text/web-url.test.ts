import { describe, expect, it } from 'vitest';
import { parseWebUrl } from './web-url';

describe('parseWebUrl', () => {
  it('returns the host of an http(s) URL', () => {
    expect(parseWebUrl('https://news.example.org/a/b?c=1')).toEqual({
      href: 'https://news.example.org/a/b?c=1',
      hostname: 'news.example.org',
    });
    expect(parseWebUrl('  http://EXAMPLE.net ')?.hostname).toBe('example.net');
  });

  it('returns null, never throws, for text that is no web URL', () => {
    for (const bad of [
      'https://[::1',
      'http://example.com:99999/x',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(parseWebUrl(bad)).toBeNull();
    }
  });
});
