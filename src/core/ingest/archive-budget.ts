// What one dropped file may expand into. Every archive and e-mail nested inside it draws on the same budget,
// so a ZIP inside an e-mail inside a ZIP counts its depth, entries and unpacked bytes against one set of limits.

/** Limits on what a dropped file unpacks to, counted on what is actually written, never on what headers say. */
export const ARCHIVE_LIMITS = {
  /** Bytes unpacked (inflated or decoded) from every archive and attachment in one dropped file. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** Entries and attachments opened in one dropped file, at every level together. */
  maxEntries: 5000,
  /** Containers (ZIP, e-mail) opened inside one another: a ZIP in a ZIP is 2, ZIP → e-mail → ZIP is 3. */
  maxDepth: 2,
  /** Unpacked size over packed size for an archive over 1 MB: ordinary documents stay far below. */
  maxRatio: 100,
} as const;

/** The budget one dropped file draws on, shared (and mutated) by every container nested inside it. */
export type ArchiveBudget = {
  bytesLeft: number;
  entriesLeft: number;
};

/**
 * Where a file sits: the containers that hold it inside the dropped file (`trail`, outermost first, empty
 * for the dropped file itself) and the budget they all share.
 */
export type ArchiveScope = Readonly<{ trail: readonly string[]; budget: ArchiveBudget }>;

/** A fresh scope for a dropped file. */
export function topLevelScope(limits = ARCHIVE_LIMITS): ArchiveScope {
  return { trail: [], budget: { bytesLeft: limits.maxUnpackedBytes, entriesLeft: limits.maxEntries } };
}

/** The scope of a file inside `container` (a file in `scope`). */
export function insideOf(scope: ArchiveScope, container: string): ArchiveScope {
  return { trail: [...scope.trail, container], budget: scope.budget };
}

/**
 * `inner.zip › notes.eml › a.txt`: how a refusal of the dropped file names a file inside it (the dropped
 * file itself, first in the trail, already starts the message).
 */
export function pathOf(scope: ArchiveScope, name: string): string {
  return [...scope.trail.slice(1), name].join(' › ');
}

/** `12.3 MB` for messages. */
export function formatMb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/**
 * Why a container at `scope` may not be opened (too deeply nested), or null. `fileName` is the container;
 * the message names the limit.
 */
export function checkDepth(fileName: string, scope: ArchiveScope, limits = ARCHIVE_LIMITS): string | null {
  const level = scope.trail.length + 1;
  return level > limits.maxDepth
    ? `${fileName} was not opened: it is nested ${level} containers deep, and the workbench opens archives and e-mails at most ${limits.maxDepth} deep (counted across ZIP and e-mail alike).`
    : null;
}

/**
 * Takes `entries` entries and `bytes` unpacked bytes from the budget, or throws an `ArchiveLimitError`
 * naming `what` and the limit it would break (and takes nothing).
 */
export function spend(
  budget: ArchiveBudget,
  what: string,
  entries: number,
  bytes: number,
  limits = ARCHIVE_LIMITS,
): void {
  if (entries > budget.entriesLeft)
    throw new ArchiveLimitError(
      `${what} would open more than ${limits.maxEntries} entries in one file (archives and attachments at every level counted together), the workbench's limit.`,
    );
  if (bytes > budget.bytesLeft)
    throw new ArchiveLimitError(
      `${what} would unpack to more than ${formatMb(limits.maxUnpackedBytes)} in one file (archives and attachments at every level counted together), the workbench's limit (a possible zip bomb).`,
    );
  budget.entriesLeft -= entries;
  budget.bytesLeft -= bytes;
}

/** `reason` about `name` (a file in `scope`), prefixed with its path when it is not the dropped file itself. */
export function about(scope: ArchiveScope, name: string, reason: string): string {
  return scope.trail.length === 0 ? reason : `${pathOf(scope, name)}: ${reason}`;
}

/** A limit that refuses the whole dropped file, wherever inside it the limit was reached. */
export class ArchiveLimitError extends Error {
  override name = 'ArchiveLimitError';
}
