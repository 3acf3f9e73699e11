// `npm run cli -- analyze FILE...`: one JSON line per article with its sentences, entities and claims
// (offsets into the printed clean text), printed as each file finishes; a file that cannot be read prints
// {file,error} and exits 1.
import { analyzeText, loadAnalysisModels, type AnalysisModels } from '../../src/core/analysis';
import { forEachArticleFile, stdio, type Output } from '../run-files';

/** The printed analysis of one article's text. */
function analysisLine(file: string, text: string, models: AnalysisModels) {
  const analysis = analyzeText(text, models);
  return {
    file,
    text,
    sentences: analysis.sentences.map(([s, e]) => [s, e]),
    entities: analysis.entities.map(({ start, end, type, text: t, canonical }) => ({
      start,
      end,
      type,
      text: t,
      canonical,
    })),
    claims: analysis.claims.map((c) => ({
      start: c.start,
      end: c.end,
      attribution: c.attribution
        ? { start: c.attribution.start, end: c.attribution.end, kind: c.attribution.kind }
        : null,
      hedge: c.hedge,
      quotes: c.quotes,
      numbers: c.numbers,
    })),
  };
}

/** Prints each article's analysis as a JSON line; returns 1 if any file failed, 2 without files. */
export async function run(args: string[], out: Output = stdio): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run cli -- analyze FILE...\n');
    return 2;
  }
  const models = await loadAnalysisModels();
  const allRead = await forEachArticleFile(args, out, (file, articles) => {
    // All of a file's lines are built before any is printed, so a failure prints only the error.
    for (const line of articles.map((a) => analysisLine(file, a.text, models))) out.line(line);
  });
  return allRead ? 0 : 1;
}
