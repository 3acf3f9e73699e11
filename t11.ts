import { readdirSync, readFileSync } from 'node:fs';
import { analyzeText, loadAnalysisModels } from './src/core/analysis';
const models = await loadAnalysisModels();
const dir = 'test-data/analysis' + (process.argv[2] ?? '');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
  const g = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const a = analyzeText(g.text, models);
  for (const c of g.claims) {
    const start = g.text.indexOf(c.sentence);
    const p = a.claims.find((x) => x.start === start);
    const pa = p?.attribution ? `${g.text.slice(p.attribution.start, p.attribution.end)} (${p.attribution.kind})` : null;
    const ga = c.attribution ? `${c.attribution.text} (${c.attribution.kind})` : null;
    if (!p || (ga === null) !== (pa === null) || (ga && pa && c.attribution.kind !== p.attribution!.kind)) console.log(f, '|', c.sentence, '| gold:', ga, '| got:', p ? pa : 'NO CLAIM');
  }
}
