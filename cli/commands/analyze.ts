// `npm run cli -- analyze FILE...`: one JSON line per article with its sentences, entities and claims
// (offsets into the printed clean text); a file that cannot be read prints {file,error} and exits 1. The
// entities of all files are linked: one entity has the same `canonical` in every file.
import { analyzeText } from '../../src/core/analysis';
import { linkEntities, relinkEntities } from '../../src/core/entities/link-entities';
import type { Entity, TextAnalysis } from '../../src/core/model';
import { readArticleFiles } from '../read-article';

type Analysed = Readonly<{ file: string; text: string; analysis: TextAnalysis }>;
type Failed = Readonly<{ file: string; error: string }>;

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
export async function run(args: string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: npm run cli -- analyze FILE...\n');
    return 2;
  }
  // Linking needs every file's entities, so the lines are printed once all files are analysed.
  const results: (Analysed | Failed)[] = [];
  for (const { file, outcome } of await readArticleFiles(args)) {
    if (!outcome.ok) results.push({ file, error: outcome.error });
    else for (const { text } of outcome.articles) results.push({ file, text, analysis: analyzeText(text) });
  }
  const links = linkEntities(results.flatMap((r) => ('analysis' in r ? [r.analysis.entities] : [])));
  for (const r of results) {
    const line = 'analysis' in r ? toLine(r, relinkEntities(r.analysis.entities, links)) : r;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return results.some((r) => 'error' in r) ? 1 : 0;
}
