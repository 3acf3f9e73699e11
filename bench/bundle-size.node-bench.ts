import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { check } from './targets';

const BIG = 100_000;

/** A built file's name without its content hash: `pdf.worker-Bvsr8SQ2.js` → `pdf.worker`. */
const baseName = (file: string) => file.replace(/-[\w-]{8}\.js$/, '');

/**
 * The JavaScript the first route loads (entry scripts and their static imports), gzipped, against all
 * JavaScript of the build; every chunk and data file over 100 KB; and how many chunks are a second copy of
 * another.
 */
export async function run(): Promise<void> {
  execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  const dist = path.resolve('dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const assets = readdirSync(path.join(dist, 'assets'));
  const measure = (file: string) => {
    const bytes = readFileSync(path.join(dist, 'assets', file));
    return { file, size: bytes.length, gzip: gzipSync(bytes).length };
  };
  const all = assets.filter((f) => f.endsWith('.js')).map(measure);
  let firstRoute = 0;
  for (const file of entries) firstRoute += gzipSync(readFileSync(path.join(dist, file))).length;
  const total = all.reduce((n, c) => n + c.gzip, 0);
  console.log(`first-route JavaScript: ${firstRoute.toLocaleString()} bytes gzip (${entries.length} files)`);
  console.log(`all JavaScript incl. worker and lazy chunks: ${total.toLocaleString()} bytes gzip`);
  console.log(`ratio first route / all: ${(firstRoute / total).toFixed(2)}`);
  console.log(`chunks over ${BIG.toLocaleString()} bytes:`);
  for (const c of all.filter((c) => c.size > BIG).sort((a, b) => b.size - a.size))
    console.log(`  ${c.file}: ${c.size.toLocaleString()} bytes, ${c.gzip.toLocaleString()} gzip`);
  // The trained models ship as JSON files, loaded by the ingest workers on their first article.
  for (const c of assets.filter((f) => f.endsWith('.json')).map(measure))
    if (c.size > BIG)
      console.log(
        `  data, not JavaScript: ${c.file}: ${c.size.toLocaleString()} bytes, ${c.gzip.toLocaleString()} gzip`,
      );
  // A library bundled twice shows as two chunks of one name and nearly one size (pdf.js and mammoth were, once
  // for the workers and once for an in-thread fallback no browser loads).
  const twins = all.filter((c) =>
    all.some(
      (d) => d !== c && baseName(d.file) === baseName(c.file) && Math.abs(d.size - c.size) < c.size / 10,
    ),
  );
  const twinBytes = twins.reduce((n, c) => n + c.gzip, 0) / 2;
  for (const c of twins) console.log(`  bundled twice: ${c.file}`);
  check(
    'chunks bundled twice (same name, size within 10%)',
    twins.length / 2,
    `${twins.length / 2} (${Math.round(twinBytes).toLocaleString()} bytes gzip)`,
    { max: 0 },
    '',
  );
}
