import { readdirSync, readFileSync } from 'node:fs';
import { analyzeText, loadAnalysisModels } from './src/core/analysis';
const models = await loadAnalysisModels();
const dir = 'test-data/analysis';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
  const g = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const a = analyzeText(g.text, models).entities.filter((e) => !['DATE', 'NUMBER'].includes(e.type));
  const gold = g.entities.filter((e: any) => !['DATE', 'NUMBER'].includes(e.type));
  const gs = new Set(gold.map((e: any) => `${e.type}:${e.text}`));
  const ps = new Set(a.map((e) => `${e.type}:${e.text}`));
  const miss = [...gs].filter((x) => !ps.has(x));
  const extra = [...ps].filter((x) => !gs.has(x));
  if (miss.length || extra.length) console.log(f, '\n  missed:', miss.join(' | '), '\n  wrong:', extra.join(' | '));
}
