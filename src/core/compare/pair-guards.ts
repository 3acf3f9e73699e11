import { isNearName, nameTokens } from './names';
import type { SentenceFeatures } from './vectors';

// A sentence with fewer features than this ("I'm excited.", "3.") says too little to align on likeness alone.
const SHORT = 3;
// ...so it pairs only with a near-identical sentence.
const NEAR_IDENTICAL = 0.8;
// Two sentences that each name someone or something, with no name and no figure in common, are about
// different things (two attacks, two ships) unless they agree on nearly everything else.
const OTHER_NAMES = 0.6;

/** Features that say what a sentence is about: all but the speaker and the cue of its attribution. */
const aboutOf = (f: SentenceFeatures): Set<string> => {
  const speaker = new Set(f.speaker ?? []);
  return new Set([...f.words, ...f.strong].filter((x) => !speaker.has(x)));
};

/**
 * Returns the test a candidate pair must pass to be kept, beyond its cosine: shared content beyond the
 * speaker, cue and stop words; near-identity for very short sentences; and a shared name when both name some.
 */
export function createPairGuard(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
): (i: number, j: number, cosine: number) => boolean {
  const aboutA = a.map(aboutOf);
  const aboutB = b.map(aboutOf);
  const size = (f: SentenceFeatures) => f.words.length + f.strong.length;
  // Each sentence's names, found once: a sentence is tested against many candidates.
  const names = (about: Set<string>) =>
    [...about].filter((x) => x.startsWith('@')).map((x) => nameTokens(x.slice(1)));
  const namesA = aboutA.map(names);
  const namesB = aboutB.map(names);
  // A name the other side says without it being recognised there counts as said: one of its words is there.
  const shareName = (
    xs: readonly ReadonlySet<string>[],
    ys: readonly ReadonlySet<string>[],
    other: Set<string>,
  ) => xs.some((x) => ys.some((y) => isNearName(x, y)) || someIn(x, other));
  const shareNumber = (x: Set<string>, y: Set<string>) => {
    for (const f of x) if (f.startsWith('#') && y.has(f)) return true;
    return false;
  };
  return (i, j, cosine) => {
    const [x, y] = [aboutA[i]!, aboutB[j]!];
    if (!someIn(x, y)) return false;
    if ((size(a[i]!) < SHORT || size(b[j]!) < SHORT) && cosine < NEAR_IDENTICAL) return false;
    const [nx, ny] = [namesA[i]!, namesB[j]!];
    const otherThings =
      nx.length > 0 && ny.length > 0 && !shareName(nx, ny, y) && !shareName(ny, nx, x) && !shareNumber(x, y);
    if (otherThings && cosine < OTHER_NAMES) return false;
    return true;
  };
}

/** Whether `y` has any member of `x`. */
function someIn(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const t of x) if (y.has(t)) return true;
  return false;
}
