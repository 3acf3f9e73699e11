// `npm run cli -- analyze FILE...`: one JSON line per article with its sentences, entities and claims
// (offsets into the printed clean text); a file that cannot be read prints {file,error} and exits 1.
import { analyzeText, loadAnalysisModels } from '../../src/core/analysis';
import type { Quote, Speaker } from '../../src/core/model';
import { readArticleFiles } from '../read-article';

const speakerJson = (s: Speaker | null) =>
  s ? { start: s.start, end: s.end, canonical: s.canonical } : null;
const quoteJson = (q: Quote) => ({ start: q.start, end: q.end, speaker: speakerJson(q.speaker) });

/** Prints each article's analysis as a JSON line; returns 1 if any file failed, 2 without files. */
export async function run(args: string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run cli -- analyze FILE...\n');
    return 2;
  }
  const models = await loadAnalysisModels();
  let failed = false;
  for (const { file, outcome } of await readArticleFiles(args)) {
    if (!outcome.ok) {
      failed = true;
      process.stdout.write(`${JSON.stringify({ file, error: outcome.error })}\n`);
      continue;
    }
    for (const { text } of outcome.articles) {
      const analysis = analyzeText(text, models);
      const line = {
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
          score: c.score,
          attribution: c.attribution
            ? { start: c.attribution.start, end: c.attribution.end, kind: c.attribution.kind }
            : null,
          speaker: speakerJson(c.speaker),
          hedge: c.hedge,
          quotes: c.quotes.map(quoteJson),
          numbers: c.numbers,
        })),
        quotes: analysis.quotes.map(quoteJson),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  return failed ? 1 : 0;
}
