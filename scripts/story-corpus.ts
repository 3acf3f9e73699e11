// The story-grouping corpus (test-data/stories): articles written for this project, several outlets per event,
// look-alike events side by side. `tuning` is what grouping was tuned on; `held-out` never was.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText, loadAnalysisModels } from '../src/core/analysis';
import type { GroupInput } from '../src/core/compare';
import { ingestText } from '../src/core/ingest';

const models = await loadAnalysisModels();
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-data', 'stories');

/** A corpus article: its grouping input (with the entity names analysis finds) and its event label. */
export type StoryArticle = GroupInput & Readonly<{ event: string; source: string | null }>;

/** Reads every article of one share; a file's event is the part of its name before `--`. */
export function loadStoryCorpus(share: 'tuning' | 'held-out'): StoryArticle[] {
  const dir = path.join(root, share);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const outcome = ingestText(
        readFileSync(path.join(dir, file), 'utf8'),
        { fileName: file },
        {
          readHtml: () => {
            throw new Error('the story corpus is Markdown');
          },
        },
      );
      const article = outcome.ok ? outcome.articles[0] : undefined;
      if (!article) throw new Error(`cannot read ${file}`);
      const analysis = analyzeText(article.text, models);
      const entities = analysis.entities
        .filter((e) => e.type !== 'DATE' && e.type !== 'NUMBER')
        .map((e) => e.canonical);
      return {
        id: file,
        text: article.text,
        date: article.date,
        entities: [...new Set(entities)],
        event: file.split('--')[0]!,
        source: article.source,
      };
    });
}
