// `npm run cli -- analyze FILE...`: one JSON line per article with its sentences, entities, claims and quotes
// (offsets into the printed clean text); a file that cannot be read prints {file,error} at once and the exit
// code is 1. The entities of all files are linked: one entity has the same `canonical` in every file.
import { analyzeText, loadAnalysisModels } from '../../src/core/analysis';
import { linkEntities, relinkEntities } from '../../src/core/entities/link-entities';
import type { Entity, Quote, Speaker, TextAnalysis } from '../../src/core/model';
import { forEachArticleFile, stdio, type Output } from '../run-files';

type Analysed = Readonly<{ file: string; text: string; analysis: TextAnalysis }>;

const speakerJson = (s: Speaker | null) =>
  s ? { start: s.start, end: s.end, canonical: s.canonical } : null;
const quoteJson = (q: Quote) => ({ start: q.start, end: q.end, speaker: speakerJson(q.speaker) });

/** The printed line of one article, its entities as linked across the files. */
function toLine({ file, text, analysis }: Analysed, entities: readonly Entity[]) {
  return {
    file,
    text,
    sentences: analysis.sentences.map(([s, e]) => [s, e]),
    entities: entities.map(({ start, end, type, text: t, canonical }) => ({
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
}

/** Prints each article's analysis as a JSON line; returns 1 if any file failed, 2 without files. */
export async function run(args: string[], out: Output = stdio): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run cli -- analyze FILE...\n');
    return 2;
  }
  const models = await loadAnalysisModels();
  // Linking needs every file's entities, so analyses are printed after the last file; errors print at once.
  const analysed: Analysed[] = [];
  const allRead = await forEachArticleFile(args, out, (file, articles) => {
    const lines = articles.map(({ text }) => ({ file, text, analysis: analyzeText(text, models) }));
    analysed.push(...lines);
  });
  const links = linkEntities(analysed.map((a) => a.analysis.entities));
  for (const a of analysed) out.line(toLine(a, relinkEntities(a.analysis.entities, links)));
  return allRead ? 0 : 1;
}
