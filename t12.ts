import { readFileSync } from 'node:fs';
import { loadAnalysisModels } from './src/core/analysis';
import { evaluateCase } from './src/core/compare/evaluate-case';
const models = await loadAnalysisModels();
for (const n of ['reordered', 'heavy-rewrite']) {
  const r = (f: string) => readFileSync(`test-data/compare/${n}/${f}`, 'utf8');
  console.log(n, evaluateCase(r('a.txt'), r('b.txt'), JSON.parse(r('expected.json')), models).moved);
}
