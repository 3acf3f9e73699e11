import type { Claim, Discrepancy, DiscrepancySide, Entity, NumberMention, Span } from '../model';
import { compareDates } from './date-discrepancies';
import { isNearName, isSpellingVariant, nameKey, nameTokens } from './names';
import { compareNumbers } from './number-discrepancies';
import type { LocatedSegment } from './word-diff';

/** What discrepancy detection needs from one side of an aligned pair (all offsets absolute). */
export type PairSide = Readonly<{
  text: string;
  span: Span;
  numbers: readonly NumberMention[];
  entities: readonly Entity[];
  claims: readonly Claim[];
  /** The article's own date (ISO), against which "last month" is read. */
  date?: string | null;
}>;

const TENSE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);
const MODAL = new Set(['may', 'might', 'could', 'can', 'will', 'would', 'should', 'must', 'shall']);

const slice = (s: PairSide): string => s.text.slice(s.span[0], s.span[1]);
const overlaps = (x: { start: number; end: number }, s: Span) => x.start < s[1] && x.end > s[0];
const sideAt = (text: string, start: number, end: number): DiscrepancySide => ({
  start,
  end,
  text: text.slice(start, end),
});

function compareNames(a: PairSide, b: PairSide): Discrepancy[] {
  const out: Discrepancy[] = [];
  const check = (from: PairSide, to: PairSide, fromIsA: boolean) => {
    const other = nameKey(slice(to));
    const toCanon = new Set(to.entities.map((e) => nameKey(e.canonical)));
    const toTokens = to.entities.map((e) => nameTokens(e.canonical));
    const otherWords = nameTokens(other);
    const seen = new Set<string>();
    for (const e of from.entities) {
      const canon = nameKey(e.canonical);
      if (e.type === 'DATE' || e.type === 'NUMBER' || seen.has(canon)) continue;
      seen.add(canon);
      // The other side may say the name without the analyser recognising it there.
      if (toCanon.has(canon) || other.includes(canon) || other.includes(nameKey(e.text))) continue;
      // "Marta Kowalczyk" in A, "Marta Kowalczik" in B: one person, spelled two ways; said once, from A.
      const variant =
        e.type === 'PERSON'
          ? to.entities.find((t) => t.type === 'PERSON' && isSpellingVariant(e.text, t.text))
          : undefined;
      if (variant) {
        if (fromIsA)
          out.push({
            kind: 'name',
            severity: 'difference',
            a: sideAt(from.text, e.start, e.end),
            b: sideAt(to.text, variant.start, variant.end),
            message: `Name spelled differently: "${e.text}" vs "${variant.text}"`,
          });
        continue;
      }
      const tokens = nameTokens(e.canonical);
      if (toTokens.some((t) => isNearName(tokens, t)) || [...tokens].every((t) => otherWords.has(t)))
        continue;
      const side = sideAt(from.text, e.start, e.end);
      out.push({
        kind: 'name',
        severity: 'difference',
        a: fromIsA ? side : null,
        b: fromIsA ? null : side,
        message: `"${e.text}" is named only in ${fromIsA ? 'A' : 'B'}`,
      });
    }
  };
  check(a, b, true);
  check(b, a, false);
  return out;
}

/** The first person named as speaking in the passage. */
const personSpeaking = (s: PairSide) =>
  s.claims.find((c) => c.speaker && c.attribution?.kind === 'person')?.speaker ?? null;

/** One name standing for the other: the same, spelled two ways, or its surname ("Kuo" / "Kuo Jyh-huei"). */
function sameSpeaker(x: string, y: string): boolean {
  const [kx, ky] = [nameKey(x), nameKey(y)];
  return kx === ky || kx.endsWith(` ${ky}`) || ky.endsWith(` ${kx}`) || isSpellingVariant(x, y);
}

/**
 * The same words given to two different people ("…, Economic Affairs Minister Kuo said" / "…, Deputy Minister
 * Lin said"): who said it is a conflict, not two names each version happens to hold.
 */
function speakerConflict(a: PairSide, b: PairSide): Discrepancy | null {
  const [x, y] = [personSpeaking(a), personSpeaking(b)];
  if (!x || !y || sameSpeaker(x.canonical, y.canonical)) return null;
  return {
    kind: 'attribution',
    severity: 'conflict',
    a: sideAt(a.text, x.start, x.end),
    b: sideAt(b.text, y.start, y.end),
    message: `Speaker changed: "${x.canonical}" vs "${y.canonical}"`,
  };
}

function compareAttribution(a: PairSide, b: PairSide): Discrepancy[] {
  const conflict = speakerConflict(a, b);
  if (conflict) return [conflict];
  const atts = (s: PairSide) => s.claims.flatMap((c) => (c.attribution ? [c.attribution] : []));
  const [xa, xb] = [atts(a), atts(b)];
  const kindsB = new Set(xb.map((x) => x.kind));
  if (xa.length === 0 && xb.length === 0) return [];
  if (xa.some((x) => kindsB.has(x.kind)) && xb.every((y) => xa.some((x) => x.kind === y.kind))) return [];
  // The same named source on both sides ("A union official, Patricio Elgueta, alleged" and "Union leader
  // Patricio Elgueta said") is no change of attribution, whatever kind each wording gives them.
  const named = (sd: PairSide) =>
    new Set(
      sd.claims.flatMap((c) =>
        c.speaker && c.attribution?.kind !== 'anonymous' ? [c.speaker.canonical] : [],
      ),
    );
  const [na, nb] = [named(a), named(b)];
  if (na.size > 0 && na.size === nb.size && [...na].every((c) => nb.has(c))) return [];
  const first = (xs: typeof xa, text: string) => (xs[0] ? sideAt(text, xs[0].start, xs[0].end) : null);
  const describe = (xs: typeof xa) => (xs[0] ? `${xs[0].kind} ("${xs[0].text}")` : 'none');
  return [
    {
      kind: 'attribution',
      severity: 'difference',
      a: first(xa, a.text),
      b: first(xb, b.text),
      message: `Attribution changed: ${describe(xa)} vs ${describe(xb)}`,
    },
  ];
}

function findHedge(s: PairSide): DiscrepancySide | null {
  for (const c of s.claims) {
    if (!c.hedge) continue;
    const k = s.text.slice(c.start, c.end).toLowerCase().indexOf(c.hedge.toLowerCase());
    return k < 0 ? sideAt(s.text, c.start, c.end) : sideAt(s.text, c.start + k, c.start + k + c.hedge.length);
  }
  return null;
}

function compareHedges(a: PairSide, b: PairSide): Discrepancy[] {
  const [ha, hb] = [findHedge(a), findHedge(b)];
  if (!ha && !hb) return [];
  if (ha && hb && ha.text.toLowerCase() === hb.text.toLowerCase()) return [];
  const message =
    ha && hb
      ? `Hedge changed: "${ha.text}" vs "${hb.text}"`
      : ha
        ? `Only A hedges ("${ha.text}")`
        : `Only B hedges ("${hb!.text}")`;
  return [{ kind: 'hedge', severity: 'difference', a: ha, b: hb, message }];
}

/** Auxiliary/modal words inside the changed segment, with their absolute offsets. */
function auxWords(seg: LocatedSegment, text: string, onA: boolean): DiscrepancySide[] {
  const start = onA ? seg.aStart : seg.bStart;
  const end = onA ? seg.aEnd : seg.bEnd;
  const out: DiscrepancySide[] = [];
  for (const m of text.slice(start, end).matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    if (TENSE.has(w) || MODAL.has(w)) out.push(sideAt(text, start + m.index, start + m.index + m[0].length));
  }
  return out;
}

function compareModality(a: PairSide, b: PairSide, diff: readonly LocatedSegment[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (let k = 0; k < diff.length; k++) {
    const seg = diff[k]!;
    if (seg.kind === 'equal') continue;
    const next = diff[k + 1];
    const changed = next && next.kind !== 'equal' && next.kind !== seg.kind ? [seg, next] : [seg];
    if (changed.length === 2) k++;
    const removed = changed.find((s) => s.kind === 'removed');
    const added = changed.find((s) => s.kind === 'added');
    const wa = removed ? auxWords(removed, a.text, true) : [];
    const wb = added ? auxWords(added, b.text, false) : [];
    const x = wa[0];
    const y = wb[0];
    if (x && y && x.text.toLowerCase() !== y.text.toLowerCase()) {
      out.push({
        kind: 'modality',
        severity: 'difference',
        a: x,
        b: y,
        message: `"${x.text}" became "${y.text}"`,
      });
    } else if (x && !y && MODAL.has(x.text.toLowerCase())) {
      out.push({
        kind: 'modality',
        severity: 'difference',
        a: x,
        b: null,
        message: `Only A says "${x.text}"`,
      });
    } else if (y && !x && MODAL.has(y.text.toLowerCase())) {
      out.push({
        kind: 'modality',
        severity: 'difference',
        a: null,
        b: y,
        message: `Only B says "${y.text}"`,
      });
    }
  }
  return out;
}

/** One report per word change: "had" → "was" twice in a pair is one change of tense. */
function dedupe(list: Discrepancy[]): Discrepancy[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.a?.text.toLowerCase()}>${d.b?.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const touches = (x: DiscrepancySide | null, y: DiscrepancySide | null) =>
  x !== null && y !== null && x.start < y.end && y.start < x.end;

/**
 * Finds where two aligned passages disagree: numbers, dates, names, attribution, modality/tense and hedging.
 * A modal already reported as a hedge ("may" as the hedge cue) is not reported twice.
 */
export function findDiscrepancies(a: PairSide, b: PairSide, diff: readonly LocatedSegment[]): Discrepancy[] {
  const inSpan = (s: PairSide): PairSide => ({
    ...s,
    numbers: s.numbers.filter((n) => overlaps(n, s.span)),
    entities: s.entities.filter((e) => overlaps(e, s.span)),
    claims: s.claims.filter((c) => overlaps(c, s.span)),
  });
  const [sa, sb] = [inSpan(a), inSpan(b)];
  // A modal swapped for another word ("may" → "will") reads best as modality; otherwise the hedge stands.
  const modality = dedupe(compareModality(sa, sb, diff));
  const swaps = modality.filter((m) => m.a && m.b);
  const hedges = compareHedges(sa, sb).filter(
    (h) => !swaps.some((m) => touches(h.a, m.a) || touches(h.b, m.b)),
  );
  const kept = modality.filter(
    (m) => (m.a && m.b) || !hedges.some((h) => touches(h.a, m.a) || touches(h.b, m.b)),
  );
  const attribution = compareAttribution(sa, sb);
  // The speakers of a speaker conflict are not also names only one version holds.
  const speakers = attribution.filter((d) => d.severity === 'conflict');
  const names = compareNames(sa, sb).filter(
    (n) => !speakers.some((c) => touches(n.a, c.a) || touches(n.b, c.b)),
  );
  return [
    ...compareNumbers(sa.numbers, sb.numbers),
    ...compareDates(sa, sb),
    ...names,
    ...attribution,
    ...kept,
    ...hedges,
  ];
}
