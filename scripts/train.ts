// `npm run train [name]`: every training script (scripts/train-*.ts), each reading ../shared/training and
// writing the model file the repository commits; `npm run train -- claims` runs only train-claims.ts.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
// The claim classifier's features include the engine's entities and sources, so it learns after the tagger
// (and after the quote words the sources are found with): run in another order, a fresh `npm run train` gave
// a classifier trained on the previous tagger's output.
const ORDER = ['tagger', 'quotes', 'claims'];
const rank = (file: string) => {
  const at = ORDER.findIndex((name) => file === `train-${name}.ts`);
  return at < 0 ? ORDER.length : at;
};
for (const file of readdirSync(here)
  .filter((f) => /^train-.+\.ts$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y))) {
  console.log(`\n## ${file}`);
  const mod = (await import(path.join(here, file))) as { run: () => Promise<void> };
  await mod.run();
}
