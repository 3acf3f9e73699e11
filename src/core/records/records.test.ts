import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../analysis';
import { newsText } from '../analysis/test-texts';
import { ingestText } from '../ingest';
import { analysisRule, articleRule, collectProblems } from './index';

const models = await loadAnalysisModels();

const STORY =
  'The river authority said on Monday that about 1,200 homes in Lowmere lost power after the storm.\n\n' +
  '"We expect every line back by Thursday," spokeswoman Dana Reyes told reporters. Officials are believed ' +
  'to be weighing a $2.5 million repair fund, sources said.';

describe('record rules', () => {
  it('accept what ingest and the analysis engine really produce', () => {
    const ingested = ingestText(STORY, { fileName: 'storm.txt' }, { readHtml: () => null });
    if (!ingested.ok) throw new Error(ingested.error);
    const ingestedArticle = ingested.articles[0]!;
    const article = {
      ...ingestedArticle,
      id: 'a-1',
      contentHash: 'f'.repeat(64),
      fileName: 'storm.txt',
      importedAt: 1_900_000_000_000,
      tags: [],
      wordCount: 38,
    };
    expect(collectProblems(articleRule, article, 'article')).toEqual([]);
    const analysis = {
      ...analyzeText(article.text, models),
      articleId: 'a-1',
      engineVersion: 3,
      analyzedAt: 1,
    };
    expect(analysis.claims.length).toBeGreaterThan(0);
    expect(collectProblems(analysisRule(article.text.length), analysis, 'analysis')).toEqual([]);
  });

  it('accept the analysis of any news-like text, offsets checked against it', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const analysis = { ...analyzeText(text, models), articleId: 'a', engineVersion: 1, analyzedAt: 0 };
        expect(collectProblems(analysisRule(text.length), analysis, 'analysis')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('name the fields of a broken record and cap the list', () => {
    const analysis = {
      articleId: 'a',
      engineVersion: 1,
      analyzedAt: 0,
      sentences: [[0, 5], [3, 1], null],
      entities: [null, { start: 0, end: 4, type: 'ALIEN', text: 'x', canonical: 'x' }],
      claims: [],
    };
    expect(collectProblems(analysisRule(4), analysis, 'analysis', 4)).toEqual([
      "analysis: sentences[0] is the range 0…5, outside the article's text (0…4)",
      "analysis: sentences[1] is the range 3…1, outside the article's text (0…4)",
      'analysis: sentences[2] is not a [start, end] pair',
      'analysis: entities[0] is null, expected an object',
      '…and 1 more',
    ]);
  });
});
