// `npm run cli -- compare FILE_A FILE_B`: one JSON object {pairs, onlyA, onlyB, summary}, offsets into each
// file's clean text as `ingest` prints it (the first article of each file).
import { analyzeText, loadAnalysisModels } from '../../src/core/analysis';
import { compareArticles } from '../../src/core/compare';
import { forEachArticleFile, stdio, type Output } from '../run-files';

type Side = Parameters<typeof compareArticles>[0];

/** Prints the comparison of two files' articles; 1 if a file cannot be read or compared, 2 on wrong arguments. */
export async function run(args: string[], out: Output = stdio): Promise<number> {
  if (args.length !== 2) {
    process.stderr.write('usage: npm run cli -- compare FILE_A FILE_B\n');
    return 2;
  }
  const models = await loadAnalysisModels();
  const sides: Side[] = [];
  const allRead = await forEachArticleFile(args, out, (file, articles) => {
    const article = articles[0];
    if (!article) throw new Error('no article in file');
    sides.push({
      id: file,
      text: article.text,
      analysis: analyzeText(article.text, models),
      date: article.date,
    });
  });
  if (!allRead || sides.length !== 2) return 1;
  try {
    const { pairs, onlyA, onlyB, summary } = compareArticles(sides[0]!, sides[1]!);
    out.line({ pairs, onlyA, onlyB, summary });
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    out.line({ file: args[1], error: `${args[0]} and ${args[1]} could not be compared: ${reason}` });
    return 1;
  }
}
