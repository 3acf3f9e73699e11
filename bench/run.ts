// `npm run bench`: every Node benchmark (bench/*.node-bench.ts), then the in-browser ones (bench/*.bench.ts)
// through Playwright. Each prints medians and ratios against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const nodeBenches = readdirSync(here)
  .filter((f) => f.endsWith('.node-bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

for (const file of nodeBenches) {
  console.log(`\n## ${file}`);
  const mod = (await import(path.join(here, file))) as { run: () => Promise<void> };
  await mod.run();
}

const browserBenches = readdirSync(here).filter(
  (f) => f.endsWith('.bench.ts') && (!only || f.includes(only)),
);
if (browserBenches.length > 0) {
  console.log('\n## browser benchmarks (Playwright, Chromium)');
  // Playwright matches the filter against the whole path: anchor it to the file name in bench/.
  const filter = only ? [`bench/[^/]*${only}[^/]*\\.bench\\.ts$`] : [];
  const args = ['playwright', 'test', '--project=bench', '--reporter=line', ...filter];
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, BENCH: '1' } });
  process.exitCode = result.status ?? 1;
}
