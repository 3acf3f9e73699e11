// `npm run eval`: every evaluation (scripts/eval-*.ts) on the golden cases in test-data/, printing precision,
// recall and F1 for this engine beside a baseline, so a change that helps one case and hurts three is seen.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const evals = readdirSync(here)
  .filter((f) => /^eval-.+\.ts$/.test(f) && !f.endsWith('.test.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

for (const file of evals) {
  console.log(`\n## ${file}`);
  const mod = (await import(path.join(here, file))) as { run: () => Promise<void> };
  await mod.run();
}
