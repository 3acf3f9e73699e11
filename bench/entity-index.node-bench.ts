// The library's entity index with entities linked across articles (acronyms, surnames, legal forms, case),
// over 1,000 and 10,000 generated analyses of ~30 named mentions each, against counting mentions per
// (type, canonical) alone on the same analyses in the same run; and the 1k → 10k growth (linear is 10x).
import { buildEntityIndex } from '../src/core/entities/entity-index';
import type { Analysis, Entity, EntityType } from '../src/core/model';
import { ms, timeMedian } from './stats';

const SYLLABLES = 'ka lo ven tra mi sor del ba rin osk ul fen mar te gio pal'.split(' ');

/** A made-up capitalised word, deterministic per number. */
function word(n: number): string {
  const a = SYLLABLES[n % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(n / SYLLABLES.length) % SYLLABLES.length]!;
  const c = SYLLABLES[Math.floor(n / SYLLABLES.length ** 2) % SYLLABLES.length]!;
  const w = `${a}${b}${c}`;
  return w[0]!.toUpperCase() + w.slice(1);
}

function mention(at: number, type: EntityType, text: string, canonical = text): Entity {
  return { start: at, end: at + text.length, type, text, canonical };
}

/** One article's analysis: people by full name and surname, organisations by name, legal form and acronym. */
function analysisOf(i: number): Analysis {
  const entities: Entity[] = [];
  for (let k = 0; k < 10; k++) {
    const id = (i * 7 + k * 131) % 5000;
    const [first, last] = [word(id), word(id + 5000)];
    entities.push(mention(k * 300, 'PERSON', `${first} ${last}`));
    entities.push(mention(k * 300 + 40, 'PERSON', last));
    const org = `${word(id + 9000)} ${word(id + 13000)} Authority`;
    const acronym = org
      .split(' ')
      .map((w) => w[0])
      .join('');
    entities.push(mention(k * 300 + 80, 'ORG', k % 3 === 0 ? `${org} Inc.` : k % 3 === 1 ? acronym : org));
    entities.push(mention(k * 300 + 160, 'PLACE', k % 2 ? 'U.S.' : 'United States'));
  }
  return {
    articleId: `a${i}`,
    engineVersion: 1,
    analyzedAt: 0,
    sentences: [],
    claims: [],
    quotes: [],
    entities,
  };
}

/** The index without linking: mentions and articles per (type, canonical). */
function countByCanonical(analyses: readonly Analysis[]): number {
  const entries = new Map<string, { mentions: number; ids: Set<string> }>();
  for (const a of analyses)
    for (const e of a.entities) {
      const key = `${e.type}\u0000${e.canonical}`;
      const entry = entries.get(key) ?? { mentions: 0, ids: new Set<string>() };
      entries.set(key, entry);
      entry.mentions++;
      entry.ids.add(a.articleId);
    }
  return entries.size;
}

export async function run(): Promise<void> {
  const times: number[] = [];
  for (const count of [1_000, 10_000]) {
    const analyses = Array.from({ length: count }, (_, i) => analysisOf(i));
    const mentions = analyses.reduce((n, a) => n + a.entities.length, 0);
    let entries = 0;
    let plain = 0;
    const linked = await timeMedian(() => (entries = buildEntityIndex(analyses, []).length), 5, 1);
    const baseline = await timeMedian(() => (plain = countByCanonical(analyses)), 5, 1);
    times.push(linked);
    console.log(
      `entity index, ${count.toLocaleString()} articles (${mentions.toLocaleString()} mentions): linked ${ms(linked)} median (${entries.toLocaleString()} entities); unlinked count ${ms(baseline)} (${plain.toLocaleString()} names); ratio ${(linked / baseline).toFixed(1)}x`,
    );
  }
  console.log(`growth 1k → 10k articles: ${(times[1]! / times[0]!).toFixed(1)}x (linear is 10x)`);
}
