// `npm run cli -- group FILE...`: one JSON line {"groups":[[file,…],…]}, the files grouped into stories (same
// event, any outlet) as the library's stories panel groups articles; each file counts as its first article.
// A refused file prints {file,error} the moment it fails; the groups print after the last file.
import { analyzeText, loadAnalysisModels } from '../../src/core/analysis';
import { groupRelatedArticles, type GroupInput } from '../../src/core/compare';
import { forEachArticleFile, stdio, type Output } from '../run-files';

/** Prints a refused file as {file,error}, then the groups of the readable ones; 1 if any file was refused. */
export async function run(args: string[], out: Output = stdio): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run cli -- group FILE...\n');
    return 2;
  }
  const models = await loadAnalysisModels();
  const docs: GroupInput[] = [];
  const allRead = await forEachArticleFile(args, out, (file, articles) => {
    const article = articles[0];
    if (!article) throw new Error('no article in file');
    const names = analyzeText(article.text, models)
      .entities.filter((e) => e.type !== 'DATE' && e.type !== 'NUMBER')
      .map((e) => e.canonical);
    docs.push({ id: file, text: article.text, date: article.date, entities: [...new Set(names)] });
  });
  out.line({ groups: groupRelatedArticles(docs) });
  return allRead ? 0 : 1;
}
