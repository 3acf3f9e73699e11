// `npm run cli -- ingest FILE...`: one JSON object per line per article
// ({file,title,source,agency,date,text,removed}; `agency` null unless a syndicated copy names one),
// printed as each file finishes; a file that cannot be read prints {file,error} and makes the exit code 1.
import { forEachArticleFile, stdio, type Output } from '../run-files';

/** Prints each file's articles (or error) as JSON lines; returns 1 if any file failed, 2 without files. */
export async function run(args: string[], out: Output = stdio): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run cli -- ingest FILE...\n');
    return 2;
  }
  const allRead = await forEachArticleFile(args, out, (file, articles) => {
    for (const a of articles) {
      const removed = a.removed.map(({ text, reason }) => ({ text, reason }));
      const { title, source, date, text } = a;
      out.line({ file, title, source, agency: a.agency ?? null, date, text, removed });
    }
  });
  return allRead ? 0 : 1;
}
