// `npm run cli -- ingest FILE...`: one JSON object per line per article ({file,title,source,date,text,removed}),
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
      out.line({ file, title: a.title, source: a.source, date: a.date, text: a.text, removed });
    }
  });
  return allRead ? 0 : 1;
}
