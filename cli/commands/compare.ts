// `npm run cli -- compare FILE_A FILE_B`: one JSON object {pairs, onlyA, onlyB, summary}, offsets into each
// file's clean text as `ingest` prints it (the first article of each file).
import { analyzeText, loadAnalysisModels } from '../../src/core/analysis';
import { compareArticles } from '../../src/core/compare';
import { readArticleFiles } from '../read-article';

/** Prints the comparison of two files' articles; 1 if a file cannot be read, 2 on wrong arguments. */
export async function run(args: string[]): Promise<number> {
  if (args.length !== 2) {
    process.stderr.write('usage: npm run cli -- compare FILE_A FILE_B\n');
    return 2;
  }
  const models = await loadAnalysisModels();
  const sides = [];
  for (const { file, outcome } of await readArticleFiles(args)) {
    const article = outcome.ok ? outcome.articles[0] : undefined;
    if (!article) {
      process.stdout.write(
        `${JSON.stringify({ file, error: outcome.ok ? 'no article in file' : outcome.error })}\n`,
      );
      return 1;
    }
    sides.push({ id: file, text: article.text, analysis: analyzeText(article.text, models) });
  }
  const { pairs, onlyA, onlyB, summary } = compareArticles(sides[0]!, sides[1]!);
  process.stdout.write(`${JSON.stringify({ pairs, onlyA, onlyB, summary })}\n`);
  return 0;
}
