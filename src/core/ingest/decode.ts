import { detectMagic, detectUtf16WithoutBom, measureControlRatio } from './sniff-binary';
import { createTextDecoder, type Decoder } from './text-decoder';

/** The decoded text and any warning about how it was decoded, or a clear reason the bytes are not text. */
export type DecodeResult =
  | Readonly<{ ok: true; text: string; encoding: string; warnings: readonly string[] }>
  | Readonly<{ ok: false; error: string }>;

// A decoder called without `stream` keeps no state between calls, so one per encoding serves every file.
const decoders = new Map<string, Decoder>();

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  const key = `${label}${fatal ? ' fatal' : ''}`;
  let decoder = decoders.get(key);
  if (!decoder) decoders.set(key, (decoder = createTextDecoder(label, { fatal, ignoreBOM: false })));
  return decoder.decode(bytes);
}

// Windows-1252's 0x80–0x9F block (0 = undefined there, kept as the C1 control like browsers do). Decoded by
// hand because some runtimes' TextDecoder treat the label as ISO-8859-1.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b,
    );
    out += String.fromCharCode(...chunk);
  }
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Counts well-formed multi-byte UTF-8 sequences, and literal U+FFFD characters (EF BF BD) among them. */
function countUtf8Sequences(bytes: Uint8Array): { multiByte: number; literalReplacement: number } {
  let multiByte = 0;
  let literalReplacement = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) continue;
    let valid = true;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) valid = false;
    if (!valid) continue;
    multiByte++;
    if (b === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literalReplacement++;
    i += len - 1;
  }
  return { multiByte, literalReplacement };
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Turns a dropped file's bytes into text: BOM first, then UTF-16 by NUL pattern, strict UTF-8, broken UTF-8
 * (replaced, with a warning) and finally windows-1252 (with a warning). Refuses binary files by signature or
 * by their share of control bytes, naming what they look like.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string): DecodeResult {
  const magic = detectMagic(bytes);
  if (magic) return { ok: false, error: `${fileName} looks like ${magic}, not a text article.` };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(decodeWith('utf-8', bytes), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(decodeWith('utf-16le', bytes), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(decodeWith('utf-16be', bytes), 'utf-16be');
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) return decoded(decodeWith(utf16, bytes), utf16);
  if (measureControlRatio(bytes) > 0.05) {
    return { ok: false, error: `${fileName} looks like a binary file, not a text article.` };
  }
  try {
    return decoded(decodeWith('utf-8', bytes, true), 'utf-8');
  } catch {
    // Not valid UTF-8: decide below whether it is damaged UTF-8 or a legacy single-byte encoding.
  }
  const { multiByte, literalReplacement } = countUtf8Sequences(bytes);
  if (multiByte > 0) {
    const text = decodeWith('utf-8', bytes);
    const replaced = countChar(text, '\uFFFD') - literalReplacement;
    const what = replaced === 1 ? 'invalid UTF-8 byte sequence was' : 'invalid UTF-8 byte sequences were';
    return decoded(text, 'utf-8', [`${replaced} ${what} replaced with \uFFFD.`]);
  }
  return decoded(decodeWindows1252(bytes), 'windows-1252', [
    'The file is not UTF-8; it was read as Windows-1252 (Western European). Check accented letters.',
  ]);
}

function decoded(text: string, encoding: string, warnings: readonly string[] = []): DecodeResult {
  return { ok: true, text, encoding, warnings };
}
