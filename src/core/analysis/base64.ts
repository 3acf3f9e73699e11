// The committed models carry their weights as base64 (JSON holds no bytes). Core has no atob or Buffer.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The runtime's own decoder (ES2026 `Uint8Array.fromBase64`), where there is one: browsers have it. */
const nativeDecode = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;

/**
 * Bytes of a base64 string. Each ingest worker decodes the tagger's 1.3 MB of weights before its first
 * article: the native decoder takes a few milliseconds where the loop below, not yet optimised, takes tens.
 */
export function decodeBase64(data: string): Uint8Array {
  if (nativeDecode) return nativeDecode(data);
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array(Math.floor((data.length * 3) / 4) - padding);
  const value = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) value[B64.charCodeAt(i)] = i;
  let o = 0;
  for (let i = 0; i < data.length; i += 4) {
    const n =
      (value[data.charCodeAt(i)]! << 18) |
      (value[data.charCodeAt(i + 1)]! << 12) |
      (value[data.charCodeAt(i + 2)]! << 6) |
      value[data.charCodeAt(i + 3)]!;
    if (o < bytes.length) bytes[o++] = (n >> 16) & 255;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

/** The int8 weights a model stores as base64. */
export function decodeInt8Base64(data: string): Int8Array {
  const bytes = decodeBase64(data);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Base64 of bytes, for the training scripts. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}
