// The loop every command shares: one file at a time, an error printed as one {"file","error"} line the
// moment it happens, the other files still read, and exit code 1 if any failed.
import type { IngestedArticle } from '../src/core/model';
import { readArticleFiles } from './read-article';

/** Where a command writes: JSON lines on stdout, warnings on stderr (tests pass their own). */
export type Output = Readonly<{ line: (value: unknown) => void; warn: (text: string) => void }>;

export const stdio: Output = {
  line: (value) => process.stdout.write(`${JSON.stringify(value)}\n`),
  warn: (text) => process.stderr.write(`${text}\n`),
};

/**
 * Reads `paths` one by one and hands each file's articles to `onFile` as soon as the file is done, so a
 * command can print at once (ingest, analyze) or gather and print after the last file (while errors
 * still stream). An error thrown by `onFile` is that file's error. Returns true if every file succeeded.
 */
export async function forEachArticleFile(
  paths: readonly string[],
  out: Output,
  onFile: (file: string, articles: readonly IngestedArticle[]) => void | Promise<void>,
): Promise<boolean> {
  let allRead = true;
  for await (const { file, outcome } of readArticleFiles(paths)) {
    if (!outcome.ok) {
      allRead = false;
      out.line({ file, error: outcome.error });
      continue;
    }
    for (const warning of outcome.warnings) out.warn(`${file}: ${warning}`);
    try {
      await onFile(file, outcome.articles);
    } catch (error) {
      allRead = false;
      const reason = error instanceof Error ? error.message : String(error);
      out.line({ file, error: `${file} could not be processed: ${reason}` });
    }
  }
  return allRead;
}
