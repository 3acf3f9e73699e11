import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads plain UTF-8 without warnings', () => {
    const r = decodeBytes(utf8('Zoë ran 5 km — fast.'), 'a.txt');
    expect(r).toMatchObject({ ok: true, text: 'Zoë ran 5 km — fast.', warnings: [] });
  });

  it('drops a UTF-8 byte order mark', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hi there')]), 'a.txt');
    expect(r.ok && r.text).toBe('Hi there');
  });

  it('reads UTF-16BE with a BOM and UTF-16LE without one', () => {
    const be = new Uint8Array([0xfe, 0xff, 0, 0x48, 0, 0x69, 0, 0x21]);
    expect(decodeBytes(be, 'a.txt')).toMatchObject({ ok: true, text: 'Hi!' });
    const le = new Uint8Array([...'Hello world'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeBytes(le, 'a.txt')).toMatchObject({ ok: true, text: 'Hello world', encoding: 'utf-16le' });
  });

  it('reads each file on its own: a file cut inside a character does not spill into the next one', () => {
    const cut = new Uint8Array([...utf8('Zoë said caf'), 0xc3]);
    expect(decodeBytes(cut, 'a.txt')).toMatchObject({ ok: true, text: 'Zoë said caf\uFFFD' });
    expect(decodeBytes(new Uint8Array([0xa9, ...utf8(' ok')]), 'b.txt')).toMatchObject({
      ok: true,
      text: '© ok',
      encoding: 'windows-1252',
    });
    expect(decodeBytes(utf8('é fine'), 'c.txt')).toMatchObject({ ok: true, text: 'é fine', warnings: [] });
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3d]);
    expect(decodeBytes(le, 'd.txt')).toMatchObject({ ok: true, text: 'A\uFFFD' });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x42, 0x00]), 'e.txt')).toMatchObject({
      ok: true,
      text: 'B',
    });
  });

  it('replaces broken sequences in otherwise UTF-8 text and says how many', () => {
    const bytes = new Uint8Array([...utf8('café '), 0xff, ...utf8(' ok')]);
    const r = decodeBytes(bytes, 'a.txt');
    expect(r).toMatchObject({ ok: true, text: 'café \uFFFD ok' });
    expect(r.ok && r.warnings[0]).toBe('1 invalid UTF-8 byte sequence was replaced with \uFFFD.');
  });

  it('falls back to Windows-1252 for legacy text, including the euro sign and curly quotes', () => {
    const r = decodeBytes(new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35]), 'a.txt');
    expect(r).toMatchObject({ ok: true, text: '“Café” €5', encoding: 'windows-1252' });
    expect(r.ok && r.warnings[0]).toContain('Windows-1252');
  });

  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'a PDF document'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'a ZIP archive'],
    [[0xff, 0xd8, 0xff, 0xe0], 'a JPEG image'],
    [[0x1f, 0x8b, 0x08, 0x00], 'a gzip archive'],
  ])('names binary formats by signature (%j)', (bytes, name) => {
    const r = decodeBytes(new Uint8Array(bytes), 'story.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(`story.txt looks like ${name}`);
  });

  it('tolerates a stray NUL in text but refuses unknown binary by its control bytes', () => {
    const text = new Uint8Array([
      ...utf8('The vote passed on Monday after a long debate.'),
      0,
      ...utf8(' Next.'),
    ]);
    expect(decodeBytes(text, 'a.txt').ok).toBe(true);
    const bytes = new Uint8Array(200).map((_, i) => (i * 7) % 32);
    expect(decodeBytes(bytes, 'x.txt')).toEqual({
      ok: false,
      error: 'x.txt looks like a binary file, not a text article.',
    });
  });
});
