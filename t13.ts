import { readFileSync } from 'node:fs';
import { analyzeText, loadAnalysisModels } from './src/core/analysis';
const models = await loadAnalysisModels();
for (const f of ['a.txt', 'b.txt']) {
  const t = readFileSync(`test-data/compare/heavy-rewrite/${f}`, 'utf8');
  console.log(f, analyzeText(t, models).entities.map((e) => `${e.type}:${e.text}`).join(' | '));
}
