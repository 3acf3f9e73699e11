import { Inflate, inflateSync } from 'fflate';
import { ARCHIVE_LIMITS, formatMb, type ArchiveBudget } from './archive-budget';
import { createTextDecoder } from './text-decoder';

// The central directory is read here rather than by fflate's unzipSync + filter (issue #18 item 5): unzipSync
// cannot see entries that share data, and with `out` sized from the header it silently cuts an entry that
// holds more. Measured on a shared 2-core machine at load 15–27 (noisy): `npm run bench -- formats`, ratio of
// a 1,000-article ZIP to the same files ingested directly, 1.95 before this reader and 1.56–1.64 after; the
// unpacking alone of those 1,000 entries (median of 15, twice each) took 24–131 ms with the old inflateSync
// reader, 38–178 ms with this one and 31–135 ms with unzipSync + filter: within each other's noise, so the
// reader that can refuse overlapping and over-long entries stays.

/** One file in a ZIP's central directory: what the archive declares, before anything is inflated. */
export type ZipEntry = Readonly<{
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where the entry's compressed bytes start (after its local header). */
  dataStart: number;
}>;

/**
 * Compressed bytes inflated at a time before the size is checked: DEFLATE expands at most ~1032:1, so one
 * step writes at most ~16 MB. Smaller entries are inflated in one step.
 */
const STEP_BYTES = 16 * 1024;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfDirectory(bytes: Uint8Array, dv: DataView): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (dv.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}

/** How many entries share bytes with another: a zip bomb's trick to unpack one block of data many times. */
function countOverlapping(entries: readonly ZipEntry[]): number {
  const spans = entries
    .map((e) => ({ start: e.localOffset, end: e.dataStart + e.compressedSize }))
    .sort((a, b) => a.start - b.start);
  let overlapping = 0;
  let reach = -1;
  for (const span of spans) {
    if (span.start < reach) overlapping++;
    reach = Math.max(reach, span.end);
  }
  return overlapping;
}

/**
 * Lists the entries of a ZIP from its central directory, or says why the archive cannot be read: damaged,
 * ZIP64, or entries that point at the same or overlapping data (each entry must own its bytes).
 */
export function listZipEntries(
  bytes: Uint8Array,
): { ok: true; entries: ZipEntry[] } | { ok: false; error: string; bomb?: true } {
  const dv = view(bytes);
  const eocd = findEndOfDirectory(bytes, dv);
  if (eocd < 0) return { ok: false, error: 'it is damaged or not a ZIP archive (no central directory).' };
  const count = dv.getUint16(eocd + 10, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    return { ok: false, error: 'it is a ZIP64 archive, which the workbench does not read.' };
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50)
      return { ok: false, error: 'its central directory is damaged.' };
    const nameLength = dv.getUint16(p + 28, true);
    const name = createTextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const localOffset = dv.getUint32(p + 42, true);
    if (localOffset + 30 > bytes.length || dv.getUint32(localOffset, true) !== 0x04034b50)
      return { ok: false, error: `the local header of ${name} is damaged.` };
    const dataStart =
      localOffset + 30 + dv.getUint16(localOffset + 26, true) + dv.getUint16(localOffset + 28, true);
    entries.push({
      name,
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset,
      dataStart,
    });
    p += 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  const overlapping = countOverlapping(entries);
  if (overlapping > 0)
    return {
      ok: false,
      bomb: true,
      error: `${overlapping} of its ${entries.length} directory entries point at the same or overlapping data (a zip bomb's trick); the workbench reads only archives whose entries each have their own data.`,
    };
  return { ok: true, entries };
}

/**
 * Says why an archive looks like a zip bomb from its directory alone (more entries or declared bytes than the
 * budget has left, or compressed far beyond ordinary documents), or null. Declared sizes are a first check
 * only: `inflateZipEntry` refuses any entry whose real size differs.
 */
export function checkZipBomb(
  entries: readonly ZipEntry[],
  budget: Readonly<ArchiveBudget>,
  limits = ARCHIVE_LIMITS,
): string | null {
  if (entries.length > budget.entriesLeft)
    return `it holds ${entries.length} entries; the workbench opens up to ${limits.maxEntries} entries in one file (nested archives and attachments included).`;
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (total > budget.bytesLeft)
    return `it would unpack to ${formatMb(total)}, more than the ${formatMb(limits.maxUnpackedBytes)} the workbench unpacks from one file (a possible zip bomb).`;
  const packed = entries.reduce((s, e) => s + e.compressedSize, 0);
  if (total > 1_048_576 && total / Math.max(1, packed) > limits.maxRatio)
    return `it is compressed ${Math.round(total / Math.max(1, packed))}:1, beyond the ${limits.maxRatio}:1 the workbench accepts (a possible zip bomb).`;
  return null;
}

/** True for names that would leave the archive's folder if used as paths: `..` segments, absolute or drive paths. */
export function isUnsafeEntryName(name: string): boolean {
  return (
    /^[/\\]/.test(name) ||
    /^[a-z]:/i.test(name) ||
    name.includes('\0') ||
    name.split(/[/\\]/).some((segment) => segment === '..')
  );
}

class TooLong extends Error {}

/**
 * Inflates `data` into `out`, stopping (with `TooLong`) as soon as it would pass `out`'s end; returns the
 * bytes written. Streaming costs a 160 KB window per entry (1,000 small entries: 343 ms against 24 ms in
 * one step), so an entry of one step is inflated into a buffer one byte longer than `out` instead: a full
 * buffer means the data holds more.
 */
function inflateInto(data: Uint8Array, out: Uint8Array): number {
  if (data.length === 0) return 0;
  if (data.length <= STEP_BYTES) {
    const whole = inflateSync(data, { out: new Uint8Array(out.length + 1) });
    if (whole.length > out.length) throw new TooLong();
    out.set(whole);
    return whole.length;
  }
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) throw new TooLong();
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < data.length; at += STEP_BYTES)
    inflater.push(data.subarray(at, at + STEP_BYTES), at + STEP_BYTES >= data.length);
  return written;
}

/**
 * Inflates one entry, streaming, into exactly the size its directory entry declares: the inflater stops as
 * soon as it would write one byte more, so a header that lies cannot make it write more than was allowed.
 * An entry that holds more or fewer bytes than declared is an error, never a cut article. Returns the bytes
 * or a reason.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | string {
  if (entry.flags & 1) return 'it is encrypted.';
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (data.length < entry.compressedSize) return 'it is truncated: the archive ends inside its data.';
  const declared = `the ${entry.size.toLocaleString('en')} bytes its directory entry declares`;
  if (entry.method === 0)
    return data.length === entry.size
      ? data.slice()
      : `its stored size ${data.length.toLocaleString('en')} bytes differs from ${declared}.`;
  if (entry.method !== 8)
    return `it uses compression method ${entry.method}, which the workbench does not read.`;
  const out = new Uint8Array(entry.size);
  let written: number;
  try {
    written = inflateInto(data, out);
  } catch (error) {
    if (error instanceof TooLong) return `it holds more than ${declared} (a lying archive); it was not read.`;
    return 'its compressed data is damaged or truncated.';
  }
  if (written !== entry.size)
    return `it is truncated: it holds ${written.toLocaleString('en')} of ${declared}.`;
  return out;
}
