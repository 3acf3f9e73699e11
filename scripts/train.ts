// `npm run train [name]`: every training script (scripts/train-*.ts), each reading ../shared/training and
// writing the model file the repository commits; `npm run train -- claims` runs only train-claims.ts.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here)
  .filter((f) => /^train-.+\.ts$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort()) {
  console.log(`\n## ${file}`);
  const mod = (await import(path.join(here, file))) as { run: () => Promise<void> };
  await mod.run();
}
