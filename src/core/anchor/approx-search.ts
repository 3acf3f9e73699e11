/** A place where a pattern occurs with at most a few edits: `[start, end)` and its edit distance. */
export type ApproxMatch = Readonly<{ start: number; end: number; errors: number }>;

type EndHit = { end: number; errors: number };

function buildPeq(pattern: string, blocks: number): Map<number, Int32Array> {
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let v = peq.get(c);
    if (!v) {
      v = new Int32Array(blocks);
      peq.set(c, v);
    }
    v[i >>> 5]! |= 1 << (i & 31);
  }
  return peq;
}

/**
 * Myers' bit-parallel edit-distance search (Hyyrö's block form for patterns longer than 32), over
 * `text[from, to)`: every end offset where the pattern matches with at most `maxErrors` edits. One pass costs
 * O((to - from) · ⌈m/32⌉), which keeps the fuzzy step fast even on long quotes. `anchored` makes every match
 * start at `from` (row 0 of the table costs one per skipped character instead of nothing).
 */
function searchEnds(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
  anchored = false,
): EndHit[] {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const peq = buildPeq(pattern, blocks);
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const lastBit = new Int32Array(blocks).fill(1 << 31);
  lastBit[blocks - 1] = 1 << ((m - 1) & 31);
  const none = new Int32Array(blocks);
  let score = m;
  const hits: EndHit[] = [];
  for (let j = from; j < to; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? none;
    let hIn = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const pV = P[b]!;
      const mV = M[b]!;
      const hNeg = hIn < 0 ? 1 : 0;
      const eq = eqs[b]! | hNeg;
      const xV = eq | mV;
      const xH = (((eq & pV) + pV) ^ pV) | eq;
      let pH = mV | ~(xH | pV);
      let mH = pV & xH;
      const lb = lastBit[b]!;
      const hOut = ((pH & lb) !== 0 ? 1 : 0) - ((mH & lb) !== 0 ? 1 : 0);
      pH = (pH << 1) | (hIn > 0 ? 1 : 0);
      mH = (mH << 1) | hNeg;
      P[b] = mH | ~(xV | pH);
      M[b] = pH & xV;
      hIn = hOut;
    }
    score += hIn;
    if (score <= maxErrors) hits.push({ end: j + 1, errors: score });
  }
  return hits;
}

const reverse = (s: string): string => s.split('').reverse().join('');

/** Finds where a match ending at `end` with `errors` edits starts, by searching backwards from its end. */
function findStart(text: string, pattern: string, end: number, errors: number, from: number): number {
  const windowStart = Math.max(from, end - pattern.length - errors);
  const back = reverse(text.slice(windowStart, end));
  const hits = searchEnds(back, reverse(pattern), errors, 0, back.length, true);
  let best: EndHit | undefined;
  for (const h of hits) {
    const better =
      !best ||
      h.errors < best.errors ||
      (h.errors === best.errors && Math.abs(h.end - pattern.length) < Math.abs(best.end - pattern.length));
    if (better) best = h;
  }
  return end - (best ? best.end : pattern.length);
}

/**
 * Returns the distinct places in `text[from, to)` where `pattern` occurs with at most `maxErrors` edits
 * (the best end of each run of neighbouring hits), at most `limit` of them, fewest errors first.
 */
export function searchApprox(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
  limit = 16,
): ApproxMatch[] {
  if (pattern.length === 0 || from >= to) return [];
  const hits = searchEnds(text, pattern, maxErrors, from, to);
  const runs: EndHit[] = [];
  for (const h of hits) {
    const last = runs[runs.length - 1];
    if (last && h.end - last.end <= pattern.length / 2) {
      if (h.errors < last.errors) runs[runs.length - 1] = h;
    } else runs.push(h);
  }
  runs.sort((a, b) => a.errors - b.errors);
  return runs.slice(0, limit).map((h) => ({
    start: findStart(text, pattern, h.end, h.errors, from),
    end: h.end,
    errors: h.errors,
  }));
}
