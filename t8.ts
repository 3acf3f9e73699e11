import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { analyzeText, loadAnalysisModels } from './src/core/analysis';
const models = await loadAnalysisModels();
const all = JSON.parse(readFileSync('/tmp/golden/cases.json', 'utf8'));
for (const [group, cases] of Object.entries(all) as any) {
  const dir = group === 'main' ? 'test-data/analysis' : 'test-data/analysis/held-out';
  mkdirSync(dir, { recursive: true });
  for (const [name, c] of Object.entries(cases) as any) {
    const a = analyzeText(c.text, models);
    const locate = (t: string, occ: number) => { let at = -1; for (let i = 0; i <= occ; i++) { at = c.text.indexOf(t, at + 1); if (at < 0) throw new Error(`${name}: ${t} ${occ}`); } return at; };
    const ents: any[] = c.names.map((n: any) => ({ ...n, start: locate(n.text, n.occurrence) }));
    for (const e of a.entities) if (e.type === 'DATE' || e.type === 'NUMBER') {
      const occ = c.text.slice(0, e.start).split(e.text).length - 1;
      ents.push({ text: e.text, type: e.type, canonical: e.canonical, occurrence: occ, start: e.start });
      console.log(`${name}: ${e.type} "${e.text}" -> ${e.canonical}`);
    }
    ents.sort((x, y) => x.start - y.start);
    for (const cl of c.claims) locate(cl.sentence, 0), cl.attribution && locate(cl.attribution.text, 0);
    const out = { text: c.text, entities: ents.map(({ start, ...rest }) => rest), claims: c.claims };
    writeFileSync(`${dir}/${name}.json`, JSON.stringify(out, null, 2) + '\n');
  }
}
