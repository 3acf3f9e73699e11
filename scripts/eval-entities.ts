// Scores the entity tagger on the held-out test splits of ../shared/training, per set and type (exact
// spans), beside compromise on the same texts. Without ../shared/training it says so; the golden cases in
// test-data/analysis are scored by eval-analysis.ts either way. `npm run eval -- entities dev` scores the dev
// splits instead: the ones to look at while changing a rule, so that the test splits stay unseen.
import { analyzeText, loadAnalysisModels } from '../src/core/analysis';
import { readCorpus, TRAINING_DIR } from './ner/corpus';
import { printSetScores } from './ner/report';
import { compromiseSystem } from './ner/score';

export async function run(): Promise<void> {
  const corpus = readCorpus();
  if (!corpus) {
    console.log(`${TRAINING_DIR} is absent: no held-out news sets to score (golden cases only).`);
    return;
  }
  const models = await loadAnalysisModels();
  const systems = {
    tagger: (text: string) => [...analyzeText(text, models).entities],
    compromise: compromiseSystem,
  };
  if (process.argv[3] === 'dev') {
    console.log(
      'Dev splits (training picks its epoch count on them; rules are checked on them, not on test).',
    );
    printSetScores(
      corpus.filter((d) => d.split === 'dev'),
      systems,
    );
    return;
  }
  const test = corpus.filter((d) => d.split === 'test');
  console.log(
    'Held-out test splits (never trained or tuned on): crossner test, uner_ewt test, btc f, and 25% of the ' +
      'documents of uner_pud, gum_nonnews, wikigold and re3d (hash of the document id). GROUP is scored only ' +
      'where the gold has NORP; MISC is not an output type.',
  );
  printSetScores(test, systems);
}
