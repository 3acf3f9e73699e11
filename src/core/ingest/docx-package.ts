import { zipSync, type Zippable } from 'fflate';
import { ArchiveLimitError, about, insideOf, pathOf, spend, type ArchiveScope } from './archive-budget';
import { checkZipBomb, inflateZipEntry, listZipEntries } from './zip';

/**
 * A .docx package made safe for mammoth, which unzips with no limit of its own: every part is inflated here
 * through the archive budget, stopping at the size its directory declares (so a part whose headers lie cannot
 * write more), then packed again uncompressed. Mammoth is given only bytes already counted and checked: it can
 * inflate nothing. Returns the package, or why it cannot be read; a limit refuses the whole dropped file
 * (`ArchiveLimitError`).
 */
export function checkedDocxPackage(
  bytes: Uint8Array,
  fileName: string,
  scope: ArchiveScope,
): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  const listed = listZipEntries(bytes);
  if (!listed.ok) {
    if (listed.bomb) throw new ArchiveLimitError(about(scope, fileName, listed.error));
    return { ok: false, error: listed.error };
  }
  const bomb = checkZipBomb(listed.entries, scope.budget);
  if (bomb) throw new ArchiveLimitError(about(scope, fileName, bomb));
  const inner = insideOf(scope, fileName);
  const parts: Zippable = {};
  for (const entry of listed.entries) {
    if (entry.name.endsWith('/')) continue;
    // Taken before inflating: the inflater stops at the declared size, so this is all it can write.
    spend(scope.budget, pathOf(inner, entry.name), 1, entry.size);
    const part = inflateZipEntry(bytes, entry);
    if (typeof part === 'string') return { ok: false, error: `its part ${entry.name}: ${part}` };
    parts[entry.name] = [part, { level: 0 }];
  }
  return { ok: true, bytes: zipSync(parts, { level: 0 }) };
}
