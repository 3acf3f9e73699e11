import { topLevelScope } from './archive-budget';
import { extensionOf } from './limits';
import { checkZipBomb, listZipEntries } from './zip';

/**
 * The refusal `ingestFileAsync` gives a dropped ZIP from its central directory alone (entries sharing data,
 * more entries or declared bytes than one file may unpack, a bomb's ratio), or null when only unpacking can
 * tell. Reading the directory inflates nothing and takes milliseconds, so the page can refuse such an archive
 * at once instead of waiting for an ingest worker to start under load; the worker checks everything again.
 */
export function refuseArchiveFromDirectory(fileName: string, bytes: Uint8Array): string | null {
  if (extensionOf(fileName) !== 'zip') return null;
  const listed = listZipEntries(bytes);
  const bomb = listed.ok ? checkZipBomb(listed.entries, topLevelScope().budget) : listed.bomb && listed.error;
  return bomb ? `${fileName} was refused: ${bomb}` : null;
}
