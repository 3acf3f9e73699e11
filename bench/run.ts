// `npm run bench`: every Node benchmark (bench/*.node-bench.ts), then the in-browser ones (bench/*.bench.ts)
// through Playwright, one at a time. Each prints medians and ratios against a baseline measured in the same
// run, and MISSED beside a figure that misses its target; the exit code is 1 when any did.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { missedTargets } from './targets';

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
const nodeMissed = missedTargets();

const browserBenches = readdirSync(here).filter(
  (f) => f.endsWith('.bench.ts') && (!only || f.includes(only)),
);
let browserFailed = false;
if (browserBenches.length > 0) {
  console.log('\n## browser benchmarks (Playwright, Chromium, one at a time)');
  // Playwright matches the filter against the whole path: anchor it to the file name in bench/.
  const filter = only ? [`bench/[^/]*${only}[^/]*\\.bench\\.ts$`] : [];
  // One worker: two benchmarks side by side would share the cores and measure each other.
  const args = ['playwright', 'test', '--project=bench', '--workers=1', '--reporter=line', ...filter];
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, BENCH: '1' } });
  browserFailed = result.status !== 0;
}

if (nodeMissed.length > 0) console.log(`\nMISSED (Node benchmarks): ${nodeMissed.join('; ')}`);
if (browserFailed) console.log('\nA browser benchmark failed or MISSED a target (see above).');
process.exitCode = nodeMissed.length > 0 || browserFailed ? 1 : 0;
