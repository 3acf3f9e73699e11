// A generated news library for the grouping benchmark: events told by several outlets in their own words,
// every second event a look-alike of the one before (half its topic words, its own names and figures), over a
// common vocabulary drawn with a Zipf-like skew, as in real news. Deterministic (mulberry32).
import type { GroupInput } from '../src/core/compare/group-related';

/** A deterministic generator (mulberry32), so every run measures the same texts. */
export function makeRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION = ['the', 'of', 'and', 'to', 'in', 'said', 'has', 'was', 'for', 'on', 'with', 'by', 'a', 'at'];

type Event = { topic: string[]; names: string[]; figures: string[] };

/** `count` articles of events with 2–5 outlets each; ids are `e<event>-o<outlet>`. */
export function makeNewsLibrary(count: number, seed = 7): GroupInput[] {
  const rnd = makeRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const word = () =>
    Array.from({ length: 5 + Math.floor(rnd() * 5) }, () =>
      String.fromCharCode(97 + Math.floor(rnd() * 26)),
    ).join('');
  const vocab = Array.from({ length: 30000 }, word);
  const common = () => vocab[Math.floor(vocab.length * rnd() ** 3)]!;
  const name = () => word().replace(/^./, (c) => c.toUpperCase());
  const docs: GroupInput[] = [];
  let previous: Event | null = null;
  for (let e = 0; docs.length < count; e++) {
    const own = Array.from({ length: 24 }, () => pick(vocab));
    const topic: string[] =
      e % 2 === 1 && previous ? [...previous.topic.slice(0, 12), ...own.slice(12)] : own;
    const event: Event = {
      topic,
      names: Array.from({ length: 4 }, () => `${name()} ${name()}`),
      figures: Array.from({ length: 3 }, () => String(2 + Math.floor(rnd() * 900))),
    };
    previous = event;
    const day = 1 + Math.floor(rnd() * 27);
    const outlets = 2 + Math.floor(rnd() * 4);
    for (let o = 0; o < outlets && docs.length < count; o++) {
      const sentences = Array.from({ length: 10 + Math.floor(rnd() * 10) }, () => {
        const words = Array.from({ length: 12 + Math.floor(rnd() * 10) }, () => {
          const r = rnd();
          if (r < 0.45) return pick(FUNCTION);
          if (r < 0.75) return common();
          if (r < 0.93) return pick(event.topic);
          return rnd() < 0.7 ? pick(event.names) : pick(event.figures);
        });
        return `${pick(['The', 'A', 'In', 'On'])} ${words.join(' ')}.`;
      });
      const date = `2025-${String(1 + (e % 12)).padStart(2, '0')}-${String(day + (o % 2)).padStart(2, '0')}`;
      docs.push({ id: `e${e}-o${o}`, text: sentences.join(' '), date });
    }
  }
  return docs;
}
