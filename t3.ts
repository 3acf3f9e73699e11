import { analyzeText, loadAnalysisModels } from './src/core/analysis';
import { readCorpus } from './scripts/ner/corpus';
import { printSetScores } from './scripts/ner/report';
const models = await loadAnalysisModels();
const split = process.argv[2] ?? 'dev';
const docs = readCorpus()!.filter((d) => d.split === split);
printSetScores(docs, { tagger: (t) => analyzeText(t, models).entities as any });
