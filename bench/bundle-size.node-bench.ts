import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript the first route loads (entry scripts and their static imports), gzipped, in bytes. */
export async function run(): Promise<void> {
  execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  const dist = path.resolve('dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const all = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  let firstRoute = 0;
  for (const file of entries) firstRoute += gzipSync(readFileSync(path.join(dist, file))).length;
  let total = 0;
  for (const file of all) total += gzipSync(readFileSync(path.join(dist, 'assets', file))).length;
  console.log(`first-route JavaScript: ${firstRoute.toLocaleString()} bytes gzip (${entries.length} files)`);
  console.log(`all JavaScript incl. worker and lazy chunks: ${total.toLocaleString()} bytes gzip`);
  console.log(`ratio first route / all: ${(firstRoute / total).toFixed(2)}`);
}
