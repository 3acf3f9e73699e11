import { describe, expect, it } from 'vitest';
import { checkFileSize, checkJsonDepth } from './json-limits';

describe('checkJsonDepth', () => {
  it('refuses nesting past the limit without parsing, and names where', () => {
    const deep = '['.repeat(60_000) + ']'.repeat(60_000);
    expect(checkJsonDepth(deep)).toBe('values are nested more than 64 levels deep (at character 64)');
    expect(checkJsonDepth('{"a":[[1]]}', 2)).toMatch(/more than 2 levels/);
  });

  it('lets shallow files through, whatever brackets their strings hold', () => {
    expect(checkJsonDepth('{"a":[[1]]}', 3)).toBeNull();
    expect(checkJsonDepth(JSON.stringify({ note: '[[[[{{{{ \\" [[[[' }), 2)).toBeNull();
    expect(checkJsonDepth(JSON.stringify([{ q: '"]]]]' }, [['x']]]), 3)).toBeNull();
  });
});

describe('checkFileSize', () => {
  it('names the size and the limit', () => {
    expect(checkFileSize(3 * 1024 * 1024, 2 * 1024 * 1024)).toBe(
      'the file is 3.0 MB; the workbench reads files of this kind up to 2.0 MB',
    );
    expect(checkFileSize(10, 10)).toBeNull();
  });
});
