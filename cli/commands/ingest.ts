// `npm run cli -- ingest FILE...`: one JSON object per line per article ({file,title,source,date,text,removed});
// a file that cannot be read prints {file,error} and makes the exit code 1.
import { readArticleFiles } from '../read-article';

/** Prints each file's articles (or error) as JSON lines; returns 1 if any file failed, 2 without files. */
export async function run(args: string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run cli -- ingest FILE...\n');
    return 2;
  }
  let failed = false;
  for (const { file, outcome } of await readArticleFiles(args)) {
    if (!outcome.ok) {
      failed = true;
      process.stdout.write(`${JSON.stringify({ file, error: outcome.error })}\n`);
      continue;
    }
    for (const warning of outcome.warnings) process.stderr.write(`${file}: ${warning}\n`);
    for (const a of outcome.articles) {
      const removed = a.removed.map(({ text, reason }) => ({ text, reason }));
      process.stdout.write(
        `${JSON.stringify({ file, title: a.title, source: a.source, date: a.date, text: a.text, removed })}\n`,
      );
    }
  }
  return failed ? 1 : 0;
}
