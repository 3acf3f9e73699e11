import { analyzeText, loadAnalysisModels } from './src/core/analysis';
const models = await loadAnalysisModels();
for (const s of process.argv.slice(2)) console.log(analyzeText(s, models).entities.map((e) => `${e.type}:${e.text}`).join(' | '));
