// Prints per-set score tables for several systems on the held-out documents.
import type { GoldDoc } from './corpus';
import { f1Of, scoreSystem, SCORED_TYPES, type System } from './score';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

/** One table per set: P/R/F1 per type and PER/ORG/PLACE micro-F1, each system on the same documents. */
export function printSetScores(docs: readonly GoldDoc[], systems: Record<string, System>): void {
  const sets = [...new Set(docs.map((d) => d.set))];
  const summary: string[] = [];
  for (const set of sets) {
    const own = docs.filter((d) => d.set === set);
    console.log(
      `\n${set}: ${own.length} held-out texts, ${own.reduce((n, d) => n + d.spans.length, 0)} gold names`,
    );
    console.log(`${'system'.padEnd(11)} ${'type'.padEnd(7)}      P      R     F1`);
    const micro: string[] = [];
    for (const [name, system] of Object.entries(systems)) {
      const scores = scoreSystem(own, system);
      for (const type of [...SCORED_TYPES, 'MICRO']) {
        if (!scores[type]) continue;
        const f = f1Of(scores[type]);
        console.log(`${name.padEnd(11)} ${type.padEnd(7)} ${pct(f.p)} ${pct(f.r)} ${pct(f.f1)}`);
      }
      micro.push(`${name} ${pct(f1Of(scores.MICRO).f1).trim()}`);
    }
    summary.push(`${set.padEnd(18)} ${micro.join('  ')}`);
  }
  console.log('\nPER/ORG/PLACE micro-F1 per set (exact spans):');
  for (const line of summary) console.log(line);
}
