import type { Entity, Quote, Span } from '../../model/analysis';
import { partitionPoint } from '../partition-point';
import { pushAll } from '../push-all';
import { attributeCue, type Attributed } from './attribute';
import { findCues, findQuoteCue, type Cue } from './cues';
import { createPronounResolver } from './pronouns';
import type { SpeakerContext } from './speaker-context';
import { QUOTING_VERBS } from '../lexicon/speech';
import { DOUBLE_QUOTED, singleQuotesAsDouble } from './single-quotes';

/** Attributions of a text: each direct quote with its speaker, and each sentence's own attribution. */
export type TextAttributions = Readonly<{ quotes: Quote[]; sentences: (Attributed | null)[] }>;

// Between a quote and the cue after it: the speaker at most ("…," Okafor said; "…," said Okafor), whose title
// or initials may carry full stops ("…” Mr. Okafor said).
const GAP_AFTER =
  /^(?:[^"“”.!?\n]|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Hon|Maj|\p{Lu})\.)*$/u;
const MAX_GAP_AFTER = 80;
// "…called the plan "reckless", but Berg said…": a cue after a new clause's conjunction is that clause's.
const NEW_CLAUSE_AFTER = /^["”]?[,;]?\s*(?:while|but|whereas|although|though|yet)\s/i;
// Between a cue and the quote after it: an addressee and a colon or comma ("told reporters: "…"").
const GAP_BEFORE = /^(?:\s+[^"“”.!?\n:]{0,50}?)?\s*(?:that\s*)?[:,—–]?\s*$/;

const ENDS_SENTENCE = /\.["”]$/;

// After the cue of a closing attribution: a time or place at most, then the full stop.
const SENTENCE_FINAL = /^[^,;:"“”]{0,30}$/;
const OWN_CLAUSE_BEFORE = /\b(?:while|but|whereas|although|though)\s+[^,;]*$/i;

/** The direct quotations of `text` (with quote marks), at least eight characters long. */
function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const runs = paragraphQuotes(text);
  let r = 0;
  DOUBLE_QUOTED.lastIndex = 0;
  for (let m = DOUBLE_QUOTED.exec(text); m; m = DOUBLE_QUOTED.exec(text)) {
    const start = m.index;
    while (r < runs.length && runs[r]![1] <= start) spans.push(runs[r++]!);
    // A paragraph's own pair inside a quotation that runs over paragraphs is part of it.
    if (r < runs.length && runs[r]![0] <= start) continue;
    if (m[0].length >= 8) spans.push([start, start + m[0].length]);
  }
  while (r < runs.length) spans.push(runs[r++]!);
  return spans;
}

// A quotation over several paragraphs opens each of them with a quote mark and closes only in its last one.
const MAX_QUOTED_PARAGRAPHS = 20;
const OPENS_WITH_QUOTE = /^[ \t]*[“"]/;
const PARAGRAPH_OPENS_QUOTE = /\n[ \t]*[“"]/;

/** The quote mark left open at the end of the line `[s, e)`, or -1: a “ after the last ”, or an odd " out. */
function openQuoteAt(text: string, s: number, e: number): number {
  // Scanned by hand within the line: lastIndexOf would search on back through the text before it.
  let curly = '';
  let curlyAt = -1;
  let count = 0;
  let last = -1;
  for (let i = e - 1; i >= s; i--) {
    const c = text[i];
    if (curlyAt < 0 && (c === '“' || c === '”')) {
      curly = c;
      curlyAt = i;
    } else if (c === '"') {
      if (last < 0) last = i;
      count++;
    }
  }
  if (curly === '“') return curlyAt;
  return count % 2 === 1 ? last : -1;
}

/** Where the quotation carried into the line `[s, e)` (which opens with its mark) closes, or -1 if it runs on. */
function closeQuoteIn(text: string, s: number, e: number): number {
  const open = s + /^[ \t]*/.exec(text.slice(s, e))![0].length;
  const close = text.indexOf(text[open] === '“' ? '”' : '"', open + 1);
  return close >= 0 && close < e ? close + 1 : -1;
}

/** The quotations that run over paragraphs, in text order ("…\n\n“…\n\n“…,” the statement said.). */
function paragraphQuotes(text: string): Span[] {
  const runs: Span[] = [];
  // Only a paragraph that opens with a quote mark can carry a quotation on.
  if (!PARAGRAPH_OPENS_QUOTE.test(text)) return runs;
  const lines: Span[] = [];
  for (let s = 0; s <= text.length;) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    let k = s;
    while (k < e && text.charCodeAt(k) <= 32) k++;
    if (k < e) lines.push([s, e]);
    s = e + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const [s, e] = lines[i]!;
    const open = openQuoteAt(text, s, e);
    if (open < 0) continue;
    for (let j = i + 1; j < lines.length && j - i <= MAX_QUOTED_PARAGRAPHS; j++) {
      const [ls, le] = lines[j]!;
      if (!OPENS_WITH_QUOTE.test(text.slice(ls, le))) break;
      const close = closeQuoteIn(text, ls, le);
      if (close < 0) continue;
      runs.push([open, close]);
      i = j - 1;
      break;
    }
  }
  return runs;
}

/** Whether offset `at` lies inside one of the quote `spans` (sorted, not overlapping). */
function inQuote(spans: readonly Span[], at: number): boolean {
  const k = partitionPoint(spans.length, (i) => spans[i]![1] <= at);
  return k < spans.length && spans[k]![0] <= at;
}

type Located = Readonly<{ start: number; end: number; found: Attributed }>;

/** A quote's attribution through a narrative verb next to it ("…," she asked; he replied: "…"). */
function narrativeCue(
  ctx: SpeakerContext,
  spans: readonly Span[],
  qs: number,
  qe: number,
): Attributed | null {
  const { text } = ctx;
  const k = partitionPoint(spans.length, (i) => spans[i]![0] < qe);
  const next = spans[k]?.[0] ?? text.length;
  const afterEnd = Math.min(next, qe + 80);
  const after = findQuoteCue(text.slice(qe, afterEnd), qe, true);
  if (after) return attributeCue(ctx, after, qe, afterEnd);
  const j = partitionPoint(spans.length, (i) => spans[i]![1] <= qs) - 1;
  const prev = j >= 0 ? spans[j]![1] : 0;
  const beforeStart = Math.max(prev, qs - 80);
  const before = findQuoteCue(text.slice(beforeStart, qs), beforeStart, false);
  return before ? attributeCue(ctx, before, beforeStart, qs) : null;
}

// A quoting verb and what follows it up to the quote: its object and a preposition, inside the clause.
const QUOTING_VERB = /\b(\p{Ll}+)\b(?=[^"“”.!?;:,]{0,80}$)/gu;

/**
 * A quote inside a sentence whose subject gives it through a verb that is no verb of saying ("Eberl
 * described him as "…"", "She thanked the crews for "…""): the subject speaks, the verb is the cue.
 */
function subjectCue(ctx: SpeakerContext, sentences: readonly Span[], qs: number): Attributed | null {
  const k = partitionPoint(sentences.length, (i) => sentences[i]![1] <= qs);
  const from = sentences[k]?.[0] ?? qs;
  if (from >= qs) return null;
  const clause = ctx.text.slice(from, qs);
  QUOTING_VERB.lastIndex = 0;
  for (let m = QUOTING_VERB.exec(clause); m; m = QUOTING_VERB.exec(clause)) {
    if (!QUOTING_VERBS.has(m[1]!)) continue;
    const start = from + m.index;
    const cue: Cue = { start, end: start + m[1]!.length, type: 'verb', verb: m[1]! };
    const found = attributeCue(ctx, cue, from, qs);
    return found && found.attribution.kind !== 'report' ? found : null;
  }
  return null;
}

// A quoted fragment opens in lower case ("keeping an open mind"); a whole quoted sentence does not.
const FRAGMENT = /^["“]\p{Ll}/u;

/**
 * A fragment quoted inside reported speech takes the speaker of the sentence's first cue before it, with only
 * fragments between them: the reporting speaker, not the figures they cite ("Pennington said the figures
 * showed the plan was 'starting to work', but admitted there was 'a long way to go'": both are hers).
 */
function reportedSpeechCue(
  text: string,
  spans: readonly Span[],
  located: readonly Located[],
  sentences: readonly Span[],
  qs: number,
): Attributed | null {
  if (!FRAGMENT.test(text.slice(qs, qs + 2))) return null;
  const k = partitionPoint(sentences.length, (i) => sentences[i]![1] <= qs);
  const from = sentences[k]?.[0] ?? qs;
  // Quotes between the cue and this one must be fragments too: a whole quoted sentence has its own speaker.
  let p = partitionPoint(spans.length, (i) => spans[i]![1] <= qs) - 1;
  while (p >= 0 && spans[p]![0] >= from && FRAGMENT.test(text.slice(spans[p]![0], spans[p]![0] + 2))) p--;
  const after = p >= 0 ? Math.max(from, spans[p]![1]) : from;
  let last: Attributed | null = null;
  for (let j = partitionPoint(located.length, (i) => located[i]!.start < after); j < located.length; j++) {
    const cue = located[j]!;
    if (cue.end > qs) break;
    if (cue.found.attribution.kind !== 'report') return cue.found;
    last ??= cue.found;
  }
  return last;
}

// A speaker right after "which" or "that" speaks in a relative clause.
const RELATIVE_BEFORE = /\b(?:which|that)\s+$/i;
// "a date that engineers": a speaker phrase that ran back over the relative word.
const RELATIVE_INSIDE = /\s(?:which|that)\s+\S+$/i;

// Between the last attribution (a quote or a cue) and a quote it carries on to: the rest of its sentence and
// nothing more, in the same paragraph ("…," she told AFP. "…"; Lund said repairs would start. "…"). A whole
// sentence in between may bring in someone else.
const SAME_SPEAKER_GAP = /^[^"“”\n.!?]{0,200}[.!?][ \t]+$/;
// The full stops of titles and initials in that gap end no sentence ("…," said Dr. Helena Marsh. "…").
const ABBREVIATION_DOT =
  /\b(Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Capt|Sgt|Gov|Sen|Rep|Rev|St|Maj|Jr|Sr|\p{Lu})\.(?=\s)/gu;

/**
 * A quote with no cue of its own continues the attribution just before it in its paragraph, a quote's or a
 * sentence's: news prose gives a speaker's next words without repeating "she said".
 */
function carryToFollowingQuotes(text: string, quotes: Quote[], located: readonly Located[]): void {
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.speaker) continue;
    const p = quotes[k - 1] ?? { end: -1, speaker: null, attribution: null };
    const cue = located[partitionPoint(located.length, (i) => located[i]!.end <= q.start) - 1];
    const [end, speaker, attribution] =
      cue && cue.end > p.end
        ? [cue.end, cue.found.speaker, cue.found.attribution]
        : [p.end, p.speaker, p.attribution];
    if (speaker && SAME_SPEAKER_GAP.test(text.slice(end, q.start).replace(ABBREVIATION_DOT, '$1')))
      quotes[k] = { ...q, speaker, attribution };
  }
}

// One unnamed person, whom "he" or "she" may stand for next: "A cashier", "the driver", not "sources"; "a
// senior manager at a freight company" by the words before where they work.
const SOMEONE = /^(?:an?|one|the)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}+(?<![^s]s)$/iu;
const WORKPLACE = /\s+(?:at|of|from|with|for|in)\s.*$/s;
const isSomeone = (words: string) => SOMEONE.test(words.replace(WORKPLACE, ''));

/**
 * Finds who says what in `text`: every cue of attribution outside quotes with its speaker, each sentence's
 * first attributed cue (or the attribution of a quote it overlaps), and each quote's speaker from the cue
 * right after it (`"…," she said`) or right before it (`X said: "…"`, the second half of a split quote).
 */
export function attributeText(
  original: string,
  sentences: readonly Span[],
  entities: readonly Entity[],
): TextAttributions {
  // Offsets are kept: quotations in single marks are read like those in double marks.
  const text = singleQuotesAsDouble(original);
  const spans = quoteSpans(text);
  const resolvePronoun = createPronounResolver(text, entities, spans, sentences);
  const ctx: SpeakerContext = { text, entities, resolvePronoun };
  // People by canonical name: who a sentence's speaker is, named or by a pronoun resolved to them.
  // Organisations likewise: an organisation that speaks is what a later "it said" stands for.
  const people = new Map<string, Entity>();
  const bodies = new Map<string, Entity>();
  for (const e of entities) {
    const byName = e.type === 'PERSON' ? people : e.type === 'ORG' ? bodies : null;
    if (byName && !byName.has(e.canonical)) byName.set(e.canonical, e);
  }
  const located: Located[] = [];
  // A sentence's attribution: its first attributed cue, or the source at its end.
  function sentenceAttribution(s: number, e: number): Attributed | null {
    let first: Attributed | null = null;
    let last: Located | null = null;
    for (const cue of findCues(text, s, e)) {
      if (inQuote(spans, cue.start)) continue;
      // The speaker lies between the last quote before the cue and the next quote after it.
      const k = partitionPoint(spans.length, (i) => spans[i]![1] <= cue.start);
      const from = Math.max(s, k > 0 ? spans[k - 1]![1] : s);
      const to = Math.min(e, k < spans.length ? spans[k]![0] : e);
      const found = attributeCue(ctx, cue, from, to);
      if (!found) continue;
      const here = { start: cue.start, end: cue.end, found };
      located.push(here);
      // "…the rules, which critics say are too slow": the critics say that clause, not the sentence.
      const speaker = found.speaker;
      if (
        speaker &&
        (RELATIVE_BEFORE.test(text.slice(Math.max(from, speaker.start - 7), speaker.start)) ||
          RELATIVE_INSIDE.test(speaker.text))
      )
        continue;
      last = here;
      first ??= found;
    }
    // "X said Y, sources said.": the source at the end reports everything before it.
    // Not the cue of a clause of its own: "Ruiz said …, while Berg stressed that costs were high."
    return last &&
      first !== last.found &&
      SENTENCE_FINAL.test(text.slice(last.end, e)) &&
      !OWN_CLAUSE_BEFORE.test(text.slice(s, last.start))
      ? last.found
      : first;
  }
  const own: (Attributed | null)[] = pushAll(sentences, ([s, e], index) => {
    const found = sentenceAttribution(s, e);
    const speaker = found?.speaker;
    const person = speaker && (people.get(speaker.canonical) ?? bodies.get(speaker.canonical));
    // A quoted sentence with no cue of its own ('"I froze. I ran," she said') leaves the last speaker be.
    if (found || !inQuote(spans, s))
      resolvePronoun.spoke(
        index,
        person ??
          (speaker && found.attribution.kind === 'anonymous' && isSomeone(speaker.text)
            ? { unnamed: true, canonical: speaker.canonical }
            : // "The Interior Ministry said …": "it" may stand for it later.
              speaker && found.attribution.kind === 'organisation'
              ? { unnamed: true, canonical: speaker.canonical, body: true }
              : null),
      );
    return found;
  });
  const quotes: Quote[] = pushAll(spans, ([qs, qe]) => {
    const after = located[partitionPoint(located.length, (i) => located[i]!.start < qe)];
    const beforeIndex = partitionPoint(located.length, (i) => located[i]!.end <= qs) - 1;
    const before = beforeIndex >= 0 ? located[beforeIndex] : undefined;
    // A quote closed by a full stop ends its sentence: the cue after it opens the next one.
    const hit =
      after &&
      !ENDS_SENTENCE.test(text.slice(qs, qe)) &&
      after.start - qe <= MAX_GAP_AFTER &&
      GAP_AFTER.test(text.slice(qe, after.start)) &&
      !NEW_CLAUSE_AFTER.test(text.slice(qe, after.start))
        ? after
        : before && GAP_BEFORE.test(text.slice(before.end, qs))
          ? before
          : undefined;
    // A fragment after a report's cue ("said the figures showed the plan was 'starting to work'") is the words
    // of whoever cites the report.
    const cited = hit === before && hit?.found.attribution.kind === 'report';
    const found =
      (cited ? reportedSpeechCue(text, spans, located, sentences, qs) : null) ??
      hit?.found ??
      narrativeCue(ctx, spans, qs, qe) ??
      subjectCue(ctx, sentences, qs) ??
      reportedSpeechCue(text, spans, located, sentences, qs);
    return { start: qs, end: qe, speaker: found?.speaker ?? null, attribution: found?.attribution ?? null };
  });
  carryToFollowingQuotes(text, quotes, located);
  const bySentence = pushAll(own, (found, i) => {
    if (found) return found;
    const [s, e] = sentences[i]!;
    for (let k = partitionPoint(quotes.length, (j) => quotes[j]!.end <= s); k < quotes.length; k++) {
      const q = quotes[k]!;
      if (q.start >= e) break;
      if (q.attribution) return { attribution: q.attribution, speaker: q.speaker };
    }
    return null;
  });
  return { quotes, sentences: bySentence };
}
