type Magic = Readonly<{ bytes: readonly number[]; offset?: number; name: string }>;

// Signatures of files analysts are likely to drop by mistake; order matters only for shared prefixes.
const MAGICS: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF media file (WebP, WAV or AVI)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a Word/Office document)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], name: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'a RAR archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Microsoft Office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document' },
  { bytes: [0x4d, 0x5a], name: 'a Windows program' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a Linux program' },
  { bytes: [0x49, 0x44, 0x33], name: 'an MP3 audio file' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'an MP4/MOV video or HEIC image' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], name: 'a WebAssembly module' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], name: 'an SQLite database' },
];

/** Names the binary format the bytes start with ("a PNG image"), or null when no known signature matches. */
export function detectMagic(bytes: Uint8Array): string | null {
  for (const magic of MAGICS) {
    const offset = magic.offset ?? 0;
    if (bytes.length < offset + magic.bytes.length) continue;
    if (magic.bytes.every((b, i) => bytes[offset + i] === b)) return magic.name;
  }
  return null;
}

/**
 * Share of control bytes (other than tab, newline, carriage return, form feed, escape) in the first 8 KB:
 * text almost never has them, binary files are full of them.
 */
export function measureControlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / n;
}

/**
 * Guesses UTF-16 without a byte order mark from where the NUL bytes fall: ASCII-heavy UTF-16LE text has NULs
 * at odd offsets, UTF-16BE at even offsets.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}
