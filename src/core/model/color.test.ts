import { describe, expect, it } from 'vitest';
import { isColor, toCssColor } from './color';

describe('colours', () => {
  it('accepts only #rrggbb and palette names', () => {
    expect(['#0072B2', '#000000', 'sky', 'vermillion'].every(isColor)).toBe(true);
    for (const bad of [
      'url(http://evil.example/x)',
      '#fff',
      '#0072b2;background:url(x)',
      'red',
      'constructor',
      'toString',
      ' #0072b2',
      '',
      7,
      null,
    ])
      expect(isColor(bad)).toBe(false);
  });

  it('writes only #rrggbb into CSS, whatever is stored', () => {
    expect(toCssColor('#0072B2')).toBe('#0072b2');
    expect(toCssColor('orange')).toBe('#e69f00');
    expect(toCssColor('url(http://evil.example/x)')).toBe('#808080');
    expect(toCssColor('__proto__')).toBe('#808080');
  });
});
