import { inflateSync } from 'fflate';

/** One file in a ZIP's central directory: what the archive declares, before anything is inflated. */
export type ZipEntry = Readonly<{
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}>;

/** Limits that refuse zip bombs from the central directory alone. */
export const ZIP_LIMITS = { maxTotalBytes: 200 * 1024 * 1024, maxRatio: 100, maxEntries: 5000 } as const;

type Decoder = { decode(input: Uint8Array): string };
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: new (label: string) => Decoder })
  .TextDecoder;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Lists the entries of a ZIP from its central directory, or says why the archive cannot be read. */
export function listZipEntries(
  bytes: Uint8Array,
): { ok: true; entries: ZipEntry[] } | { ok: false; error: string } {
  const dv = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
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
    const flags = dv.getUint16(p + 8, true);
    entries.push({
      name: new TextDecoderImpl('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags,
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return { ok: true, entries };
}

function formatMb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(0)} MB`;
}

/** Says why an archive looks like a zip bomb (too many entries, too large, too compressed), or null. */
export function checkZipBomb(entries: readonly ZipEntry[], limits = ZIP_LIMITS): string | null {
  if (entries.length > limits.maxEntries)
    return `it holds ${entries.length} entries; the workbench opens archives of up to ${limits.maxEntries}.`;
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (total > limits.maxTotalBytes)
    return `it would unpack to ${formatMb(total)}, more than the ${formatMb(limits.maxTotalBytes)} the workbench allows (a possible zip bomb).`;
  const packed = entries.reduce((s, e) => s + e.compressedSize, 0);
  if (total > 1_048_576 && total / Math.max(1, packed) > limits.maxRatio)
    return `it is compressed ${Math.round(total / Math.max(1, packed))}:1, far beyond ordinary documents (a possible zip bomb).`;
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

/**
 * Inflates one entry into exactly the size the directory declared (so a lying header cannot allocate more
 * than the bomb check allowed). Returns the bytes or a reason.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | string {
  if (entry.flags & 1) return 'it is encrypted.';
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== 0x04034b50) return 'its local header is damaged.';
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) return 'it is truncated.';
  if (entry.method === 0) return data.length === entry.size ? data.slice() : 'its size does not match.';
  if (entry.method !== 8)
    return `it uses compression method ${entry.method}, which the workbench does not read.`;
  try {
    // Inflating into a buffer of the declared size never grows it: a header that lies cannot allocate more.
    const out = inflateSync(data, { out: new Uint8Array(entry.size) });
    return out.length === entry.size ? out : 'it is truncated or damaged.';
  } catch {
    return 'its compressed data is damaged.';
  }
}
