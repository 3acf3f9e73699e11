import { partitionPoint } from './partition-point';

/** `pattern`'s first match in the text at or after `from`, as `exec` finds it with `lastIndex = from`. */
export type NextMatch = (from: number) => RegExpExecArray | null;
/** A way of searching `text` for `pattern`: `searchFrom` or `createMatchIndex`. */
export type MatchSearch = (pattern: RegExp, text: string) => NextMatch;

/** Searches afresh on each call: the scan runs on to the next match, however far past the caller's range. */
export const searchFrom: MatchSearch = (pattern, text) => {
  const re = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
  return (from) => {
    re.lastIndex = from;
    return re.exec(text);
  };
};

type Compiled = { scan: RegExp; at: RegExp };
const compiledPatterns = new WeakMap<RegExp, Compiled>();

/**
 * `pattern` as a global regex to scan with and a sticky one to try one position with, made once per
 * pattern: making them per text costs more than searching a short article. Callers set `lastIndex` before
 * each use, so indexes of different texts can share them.
 */
function compiled(pattern: RegExp): Compiled {
  let c = compiledPatterns.get(pattern);
  if (!c) {
    const flags = pattern.flags.replace(/[gy]/g, '');
    c = { scan: new RegExp(pattern.source, `${flags}g`), at: new RegExp(pattern.source, `${flags}y`) };
    compiledPatterns.set(pattern, c);
  }
  return c;
}

/** A lazy forward pass of one pattern over one text: the matches found so far, and how far it has scanned. */
type Pass = { scan: RegExp; text: string; found: RegExpExecArray[]; scanned: number; done: boolean };

/** Index in `pass.found` of the first match starting at or after `from` (found.length when none). */
function firstFrom(pass: Pass, from: number): number {
  const { scan, text, found } = pass;
  while (!pass.done && (found.length === 0 || found[found.length - 1]!.index < from)) {
    scan.lastIndex = pass.scanned;
    const m = scan.exec(text);
    pass.scanned = scan.lastIndex;
    if (m) found.push(m);
    else pass.done = true;
  }
  return partitionPoint(found.length, (k) => found[k]!.index < from);
}

/**
 * The same answers as `searchFrom`, from one forward pass over `text` (made lazily, as far as callers
 * ask) plus a binary search, so asking once per sentence stays linear in the text. For patterns without
 * the `u` or `v` flag, which never match the empty string.
 */
export const createMatchIndex: MatchSearch = (pattern, text) => {
  const { scan, at } = compiled(pattern);
  const pass: Pass = { scan, text, found: [], scanned: 0, done: false };
  return (from) => {
    const k = firstFrom(pass, from);
    // The pass tried every position outside its matches, and failed there: only a start inside the match
    // that covers `from` (which the pass skipped) can come before the pass's next match.
    const covering = pass.found[k - 1];
    const coverEnd = covering ? covering.index + covering[0].length : 0;
    for (let p = from; p < coverEnd; p++) {
      at.lastIndex = p;
      const m = at.exec(text);
      if (m) return m;
    }
    return pass.found[k] ?? null;
  };
};

/**
 * The first match at or after `from` of any of `searches`, as one regex joining their patterns with `|`
 * finds it: the leftmost, and on a tie the earlier search's (same text and index; captures aside).
 */
export function firstOf(searches: readonly NextMatch[]): NextMatch {
  return (from) => {
    let first: RegExpExecArray | null = null;
    for (const next of searches) {
      const m = next(from);
      if (m && (first === null || m.index < first.index)) first = m;
    }
    return first;
  };
}
