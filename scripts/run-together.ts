// `tsx scripts/run-together.ts typecheck lint`: runs npm scripts side by side, each one's output held and
// printed whole when it ends (so two never interleave), and fails when any fails. The typecheck and the linter
// each use one core for most of a minute; on two cores they take little longer together than the longer alone.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: tsx scripts/run-together.ts SCRIPT...');
  process.exit(2);
}

function run(name: string): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => output.push(b));
    child.stderr.on('data', (b: Buffer) => output.push(b));
    child.on('error', (error) => {
      output.push(Buffer.from(`${String(error)}\n`));
      resolve(1);
    });
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      const status = code === 0 ? 'passed' : `FAILED (exit ${code ?? 'signal'})`;
      process.stdout.write(
        `\n> npm run ${name}: ${status} in ${seconds} s\n${Buffer.concat(output).toString()}`,
      );
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(names.map(run));
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
