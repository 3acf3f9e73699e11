// `npm run cli -- group FILE...`: one JSON line {"groups":[[file,…],…]}, the files grouped into stories (same
// event, any outlet) as the library's stories panel groups articles; each file counts as its first article.
import { analyzeText } from '../../src/core/analysis';
import { groupRelatedArticles, type GroupInput } from '../../src/core/compare';
import { readArticleFiles } from '../read-article';

/** Prints a refused file as {file,error}, then the groups of the readable ones; 1 if any file was refused. */
export async function run(args: string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run cli -- group FILE...\n');
    return 2;
  }
  let failed = false;
  const docs: GroupInput[] = [];
  for (const { file, outcome } of await readArticleFiles(args)) {
    const article = outcome.ok ? outcome.articles[0] : undefined;
    if (!article) {
      failed = true;
      const error = outcome.ok ? 'no article in file' : outcome.error;
      process.stdout.write(`${JSON.stringify({ file, error })}\n`);
      continue;
    }
    const names = analyzeText(article.text)
      .entities.filter((e) => e.type !== 'DATE' && e.type !== 'NUMBER')
      .map((e) => e.canonical);
    docs.push({ id: file, text: article.text, date: article.date, entities: [...new Set(names)] });
  }
  process.stdout.write(`${JSON.stringify({ groups: groupRelatedArticles(docs) })}\n`);
  return failed ? 1 : 0;
}
