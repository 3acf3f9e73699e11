// MinHash signatures over word shingles: a fixed-size summary whose agreement estimates Jaccard similarity.

/** Hash functions per signature; 64 keeps the Jaccard estimate within about ±0.06. */
export const SIGNATURE_SIZE = 64;
const SHINGLE = 3;

// Murmur3's finaliser: cheap and mixes every input bit into every output bit.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The MinHash signature of the 3-word shingles of `text` (lowercased words). */
export function computeSignature(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wordHashes = words.map(hashWord);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const count = Math.max(1, wordHashes.length - SHINGLE + 1);
  for (let s = 0; s < count; s++) {
    const shingle = mix(
      (wordHashes[s] ?? 0) ^ Math.imul(wordHashes[s + 1] ?? 0, 31) ^ Math.imul(wordHashes[s + 2] ?? 0, 961),
    );
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(shingle ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The share of positions where two signatures agree: an unbiased estimate of the shingles' Jaccard. */
export function estimateJaccard(x: Uint32Array, y: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i]) same++;
  return same / x.length;
}
