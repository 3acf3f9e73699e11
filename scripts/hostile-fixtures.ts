// Generators for hostile archives and pages: ZIPs whose directory lies (entries sharing data, sizes that are
// not what the data holds), nesting across ZIP and e-mail, and deeply nested HTML. Built in memory from
// these functions (never committed as binaries); used by unit tests, the hostile corpus and e2e specs.
import { deflateSync, strToU8, zipSync } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The compressed data of one entry as it sits after its local header. */
export type RawEntryData = Readonly<{ data: Uint8Array; method: 0 | 8; size: number; crc: number }>;

/** Deflates `content` into entry data whose declared size is the real one (override with `declaredSize`). */
export function entryData(content: string | Uint8Array, declaredSize?: number): RawEntryData {
  const bytes = typeof content === 'string' ? strToU8(content) : content;
  return {
    data: deflateSync(bytes, { level: 1 }),
    method: 8,
    size: declaredSize ?? bytes.length,
    crc: crc32(bytes),
  };
}

/**
 * Writes a ZIP from blocks of entry data and a central directory that may point several names at one block:
 * `directory` lists [name, index of the block]. Each block gets one local header (named after its first entry).
 */
export function writeZip(
  blocks: readonly RawEntryData[],
  directory: readonly (readonly [string, number])[],
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    at += bytes.length;
  };
  const header = (size: number, fill: (v: DataView) => void) => {
    const bytes = new Uint8Array(size);
    fill(new DataView(bytes.buffer));
    return bytes;
  };
  blocks.forEach((block, i) => {
    const name = strToU8(directory.find(([, b]) => b === i)?.[0] ?? `block-${i}`);
    offsets.push(at);
    push(
      header(30, (v) => {
        v.setUint32(0, 0x04034b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(8, block.method, true);
        v.setUint32(14, block.crc, true);
        v.setUint32(18, block.data.length, true);
        v.setUint32(22, block.size, true);
        v.setUint16(26, name.length, true);
      }),
    );
    push(name);
    push(block.data);
  });
  const cdStart = at;
  for (const [entryName, i] of directory) {
    const block = blocks[i]!;
    const name = strToU8(entryName);
    push(
      header(46, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 20, true);
        v.setUint16(10, block.method, true);
        v.setUint32(16, block.crc, true);
        v.setUint32(20, block.data.length, true);
        v.setUint32(24, block.size, true);
        v.setUint16(28, name.length, true);
        v.setUint32(42, offsets[i]!, true);
      }),
    );
    push(name);
  }
  push(
    header(22, (v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, directory.length, true);
      v.setUint16(10, directory.length, true);
      v.setUint32(12, at - cdStart, true);
      v.setUint32(16, cdStart, true);
    }),
  );
  const out = new Uint8Array(at);
  let p = 0;
  for (const c of chunks) out.set(c, (p += c.length) - c.length);
  return out;
}

/** A ZIP whose directory lists `copies` names that all point at one entry's data (text deflated, bytes stored). */
export function makeOverlappingZip(content: string | Uint8Array, copies: number, ext = 'txt'): Uint8Array {
  const block: RawEntryData =
    typeof content === 'string'
      ? entryData(content)
      : { data: content, method: 0, size: content.length, crc: crc32(content) };
  return writeZip(
    [block],
    Array.from({ length: copies }, (_, i) => [`copy-${i}.${ext}`, 0] as const),
  );
}

/** Raw DEFLATE bits, least significant first, as RFC 1951 writes them. */
class BitWriter {
  private bytes: number[] = [];
  private bit = 0;
  write(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      if (this.bit === 0) this.bytes.push(0);
      this.bytes[this.bytes.length - 1]! |= ((value >> i) & 1) << this.bit;
      this.bit = (this.bit + 1) & 7;
    }
  }
  /** A Huffman code: most significant bit first. */
  code(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.write((value >> i) & 1, 1);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];

/**
 * A DEFLATE stream of `sentence` repeated until `totalBytes`, built directly (fixed Huffman: the sentence
 * as literals, then copies of 258 bytes) so 100 MB of text costs a few hundred KB and milliseconds.
 */
export function deflateRepeated(sentence: string, totalBytes: number): Uint8Array {
  const bytes = strToU8(sentence);
  const w = new BitWriter();
  w.write(1, 1); // final block
  w.write(1, 2); // fixed Huffman
  for (const b of bytes) {
    if (b < 144) w.code(0x30 + b, 8);
    else w.code(0x190 + b - 144, 9);
  }
  const d = bytes.length;
  const dc = DIST_BASE.findLastIndex((base) => base <= d);
  const extra = dc < 4 ? 0 : (dc >> 1) - 1;
  for (let out = bytes.length; out + 258 <= totalBytes; out += 258) {
    w.code(0xc5, 8); // length 258 (code 285)
    w.code(dc, 5);
    w.write(d - DIST_BASE[dc]!, extra);
  }
  w.code(0, 7); // end of block
  return w.done();
}

/** A ZIP with one text entry that declares `declaredBytes` but inflates to about `realBytes` (repeating `sentence`). */
export function makeLyingZip(
  name: string,
  sentence: string,
  realBytes: number,
  declaredBytes: number,
): Uint8Array {
  const data = deflateRepeated(sentence, realBytes);
  return writeZip([{ data, method: 8, size: declaredBytes, crc: 0 }], [[name, 0]]);
}

/** `count` nested divs around a short story: the shape that overflowed the stack and took minutes. */
export function nestedDivs(count: number, story: string): string {
  return `<!doctype html><html><head><title>Nested</title></head><body>${'<div>'.repeat(count)}<p>${story}</p>${'</div>'.repeat(count)}</body></html>`;
}

const SENTENCES = [
  'The council said on Monday that the budget for roads would rise next year.',
  'Officials at the port warned of delays to ferry services during the works.',
  'A union spokesperson called the plan late and said talks would go on.',
  'The mayor told reporters that the harbour wall would be repaired by spring.',
  'Residents asked for a public meeting before the vote, a petition showed.',
  'The ministry did not answer questions about the cost of the new quay.',
];

/** Sentences in a seeded random order with numbers between them: text that deflates about 6:1, like prose. */
export function pseudoProse(bytes: number, seed = 7): string {
  let s = seed;
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const part = `${SENTENCES[s % SENTENCES.length]!} ${String(s % 99991)}${s % 7 === 0 ? '\n\n' : ' '}`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, bytes);
}

export { zipSync };
