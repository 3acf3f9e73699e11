import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeInt8Base64, encodeBase64 } from './base64';

describe('base64 of model weights', () => {
  it('round-trips every length and byte value, as Node reads and writes base64', () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 89 + length * 7) & 255);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect([...decodeBase64(text)]).toEqual([...bytes]);
    }
  });

  it('decodes signed weights that a typed view reads back as int8', () => {
    const weights = decodeInt8Base64(
      Buffer.from(Int8Array.of(-128, -1, 0, 1, 127).buffer).toString('base64'),
    );
    expect([...weights]).toEqual([-128, -1, 0, 1, 127]);
  });
});
