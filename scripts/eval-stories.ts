// Story grouping on test-data/stories: pairwise precision/recall/F1 of groupRelatedArticles beside a plain
// TF-IDF cosine threshold baseline, on the tuning share and on the held-out share nobody tuned on.
import { countGroupPairs, groupByCosine } from '../src/core/compare/group-baseline';
import { groupRelatedArticles } from '../src/core/compare/group-related';
import { scoreCounts, type Counts } from '../src/core/compare/evaluate';
import { loadStoryCorpus, type StoryArticle } from './story-corpus';

const fmt = (c: Counts) => {
  const s = scoreCounts(c);
  return `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)}`;
};

const countsFor = (docs: readonly StoryArticle[], groups: string[][]) => {
  const label = new Map(docs.map((d) => [d.id, d.event]));
  return countGroupPairs(groups, (id) => label.get(id)!);
};

export async function run(): Promise<void> {
  const tuning = loadStoryCorpus('tuning');
  const heldOut = loadStoryCorpus('held-out');
  // The baseline gets its best threshold on the tuning share, as the grouping did.
  const thresholds = Array.from({ length: 17 }, (_, k) => 0.05 + k * 0.025);
  const best = thresholds
    .map((t) => ({ t, f1: scoreCounts(countsFor(tuning, groupByCosine(tuning, t))).f1 }))
    .reduce((x, y) => (y.f1 > x.f1 ? y : x));
  console.log(`baseline: TF-IDF cosine of content words ≥ ${best.t.toFixed(3)} (best F1 on tuning)`);
  console.log('share     | articles | events | grouping P R F1 | baseline P R F1');
  for (const [name, docs] of [
    ['tuning', tuning],
    ['held-out', heldOut],
  ] as const) {
    const events = new Set(docs.map((d) => d.event)).size;
    console.log(
      `${name.padEnd(9)} | ${String(docs.length).padEnd(8)} | ${String(events).padEnd(6)} | ` +
        `${fmt(countsFor(docs, groupRelatedArticles(docs)))}  | ${fmt(countsFor(docs, groupByCosine(docs, best.t)))}`,
    );
  }
}
