// E-mails and ZIP archives: containers whose files are ingested like dropped ones, inside the limits of one
// shared budget (depth across ZIP and e-mail alike, entries, unpacked bytes).
import type { IngestedArticle } from '../model';
import {
  ArchiveLimitError,
  about,
  checkDepth,
  insideOf,
  pathOf,
  spend,
  type ArchiveScope,
} from './archive-budget';
import { parseEml } from './eml';
import { ingestText } from './ingest';
import { extensionOf, isSupportedFileName, maxBytesFor } from './limits';
import type { AsyncIngestDeps, IngestOutcome } from './types';
import { checkZipBomb, inflateZipEntry, isUnsafeEntryName, listZipEntries } from './zip';

type Input = Readonly<{ fileName: string; bytes: Uint8Array }>;

/** Ingests a file found inside a container (the caller's `ingestFileAsync`, passed in to avoid an import cycle). */
export type IngestInner = (
  input: Input,
  deps: AsyncIngestDeps,
  scope: ArchiveScope,
) => Promise<IngestOutcome>;

function failure(error: string): IngestOutcome {
  return { ok: false, error };
}

type ContainerReader = (
  input: Input,
  deps: AsyncIngestDeps,
  scope: ArchiveScope,
  ingestInner: IngestInner,
) => Promise<IngestOutcome>;

/** `read`, but a container nested deeper than the shared budget allows is refused before it is opened. */
function withinDepth(read: ContainerReader): ContainerReader {
  return async (input, deps, scope, ingestInner) => {
    const tooDeep = checkDepth(input.fileName, scope);
    return tooDeep ? failure(tooDeep) : read(input, deps, scope, ingestInner);
  };
}

/** Articles of a contained file, named after their container ("mail.eml › report.pdf"). */
function nameInside(
  container: string,
  entry: string,
  articles: readonly IngestedArticle[],
): IngestedArticle[] {
  return articles.map((a) => ({ ...a, entryName: `${container} › ${a.entryName ?? entry}` }));
}

/** Collects what the files of one container gave: articles, and warnings prefixed with the file's name. */
class ContainerResult {
  readonly articles: IngestedArticle[] = [];
  readonly warnings: string[] = [];
  constructor(private readonly container: string) {}

  add(name: string, outcome: IngestOutcome, label = name): void {
    if (!outcome.ok) this.warnings.push(`${label}: ${outcome.error}`);
    else {
      this.articles.push(...nameInside(this.container, name, outcome.articles));
      this.warnings.push(...outcome.warnings.map((w) => `${name}: ${w}`));
    }
  }

  finish(what: string): IngestOutcome {
    if (this.articles.length > 0) return { ok: true, articles: this.articles, warnings: this.warnings };
    const why = this.warnings.length ? ` ${this.warnings.join(' ')}` : '';
    return failure(`No article was found in ${what} ${this.container}.${why}`);
  }
}

/** An e-mail's body and its supported attachments, each attachment counted against the shared budget. */
export const ingestEml = withinDepth(async ({ fileName, bytes }, deps, scope, ingestInner) => {
  const mail = parseEml(bytes);
  if (typeof mail === 'string') return failure(`${fileName} is not an e-mail: ${mail}`);
  const known = { title: mail.subject, source: mail.from, date: mail.date };
  const result = new ContainerResult(fileName);
  const body = mail.html ?? mail.text;
  if (body?.trim()) {
    const outcome = ingestText(body, { fileName, format: 'eml', known }, deps);
    if (outcome.ok) result.articles.push(...outcome.articles);
    else if (mail.attachments.length === 0) return outcome;
  }
  const inner = insideOf(scope, fileName);
  for (const attachment of mail.attachments) {
    if (!isSupportedFileName(attachment.fileName)) {
      result.warnings.push(`Attachment ${attachment.fileName} was not imported: unsupported type.`);
      continue;
    }
    spend(scope.budget, pathOf(inner, attachment.fileName), 1, attachment.bytes.length);
    const outcome = await ingestInner(attachment, deps, inner);
    result.add(attachment.fileName, outcome, `Attachment ${attachment.fileName}`);
  }
  return result.finish('the e-mail');
});

const JUNK_ENTRY = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

/**
 * Every supported file of a ZIP. Signs of a zip bomb anywhere (overlapping entries, more entries or bytes
 * than the shared budget, extreme compression) throw an `ArchiveLimitError` that refuses the dropped file;
 * one damaged, truncated or lying entry is a warning and the others are still read.
 */
export const ingestZip = withinDepth(async ({ fileName, bytes }, deps, scope, ingestInner) => {
  const listed = listZipEntries(bytes);
  if (!listed.ok) {
    if (listed.bomb) throw new ArchiveLimitError(about(scope, fileName, listed.error));
    return failure(`${fileName} cannot be opened: ${listed.error}`);
  }
  const bomb = checkZipBomb(listed.entries, scope.budget);
  if (bomb) throw new ArchiveLimitError(about(scope, fileName, bomb));
  const inner = insideOf(scope, fileName);
  const result = new ContainerResult(fileName);
  for (const entry of listed.entries) {
    if (entry.name.endsWith('/') || JUNK_ENTRY.test(entry.name)) continue;
    if (isUnsafeEntryName(entry.name)) {
      result.warnings.push(
        `Skipped “${entry.name}”: the name points outside the archive (path traversal). Entries are only read as names here, never written to disk, but such a name is a sign of a malicious archive.`,
      );
      continue;
    }
    const ext = extensionOf(entry.name);
    if (!isSupportedFileName(entry.name)) {
      result.warnings.push(`${entry.name} was not imported: unsupported type${ext ? ` .${ext}` : ''}.`);
      continue;
    }
    // Refused before inflating: an archive or e-mail here would be nested past the depth limit.
    const depthRefusal = ext === 'zip' || ext === 'eml' ? checkDepth(entry.name, inner) : null;
    if (depthRefusal) {
      result.warnings.push(depthRefusal);
      continue;
    }
    if (entry.size > maxBytesFor(entry.name)) {
      result.warnings.push(
        `${entry.name} was not unpacked: ${(entry.size / 1_048_576).toFixed(1)} MB is over the ${(maxBytesFor(entry.name) / 1_048_576).toFixed(0)} MB limit for such a file.`,
      );
      continue;
    }
    // Taken before inflating: the inflater stops at the declared size, so this is all it can write.
    spend(scope.budget, pathOf(inner, entry.name), 1, entry.size);
    const unpacked = inflateZipEntry(bytes, entry);
    if (typeof unpacked === 'string') {
      result.warnings.push(`${entry.name} could not be unpacked: ${unpacked}`);
      continue;
    }
    result.add(entry.name, await ingestInner({ fileName: entry.name, bytes: unpacked }, deps, inner));
  }
  return result.finish('the archive');
});
