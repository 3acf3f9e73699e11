import {
  ANONYMOUS_CUES,
  CUE_VENUE,
  QUOTE_VERBS,
  SAY_VERB_FORMS,
  SAYING_PARTICIPLES,
} from '../lexicon/speech';

// What a study, a poll or figures do when they speak: "Eurostat figures showed…", "a survey found…"; and
// what a court does with evidence: "The court heard that…".
const FINDING_VERBS = 'showed|shows|show|found|finds|suggested|suggests|heard|hears';

/**
 * A cue of attribution in a text: a verb of saying, "according to", a speakerless "it is learnt", or what
 * a report does ("figures showed"), which counts only when a report is its subject.
 */
export type Cue = Readonly<{
  start: number;
  end: number;
  type: 'verb' | 'according' | 'anonymous' | 'passive-report' | 'finding';
  /** The verb of saying, lower-cased ("said", "reported"); empty for the other types. */
  verb: string;
}>;

const CUE_RE = new RegExp(
  `\\b(?:(?<according>[Aa]ccording to)|(?<anonymous>${ANONYMOUS_CUES})|(?<passive>[Ii]t (?:was|has been|is) reported)|(?<finding>${FINDING_VERBS})|(?<verb>${SAY_VERB_FORMS.join('|')})(?<venue>${CUE_VENUE})?)\\b`,
  'gi',
);
// "was told", "is said to", "value-added": not someone saying something.
const PASSIVE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|get|got)\s+|-)$/i;
// "with Benfica said to be interested": a rumour told of someone, not their saying.
const SAID_TO_BE = /^\s+to\s+(?:be|have)\b/;
// ", insisting …", ", warning that …": a participle of saying after its clause's comma ("the warning track",
// "claiming responsibility" are none).
const OTHER_PARTICIPLES = new Set([...SAYING_PARTICIPLES].filter((p) => p !== 'saying'));
const AFTER_COMMA = /,\s*$/;
// "The fund, announced by the ministry last month, …": a participle of the passive; "reported by Reuters"
// stays a report's cue.
const BY_AFTER = /^\s+by\b/;
// "understands", "has learned": a source's knowing only before what it knows or closing the sentence ("The
// minister will resign, RTÉ News understands."); "she understands the risks" reports nothing.
export const KNOWING_VERBS: ReadonlySet<string> = new Set(['understands', 'learned', 'learnt']);
/** Nothing after a cue but the sentence's end mark and a closing quote. */
export const SENTENCE_END = /^\s*[.!?]?["”]?\s*$/;
const KNOWN_AFTER = new RegExp(`^\\s+that\\b|${SENTENCE_END.source}`);
// "fifty people accused of witchcraft": the accused, not an accusation.
const ACCUSED_OF = /^\s+of\b/;

/** The cues of attribution in `[start, end)` of `text`, in text order. */
export function findCues(text: string, start: number, end: number): Cue[] {
  const sentence = text.slice(start, end);
  const cues: Cue[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(sentence); m; m = CUE_RE.exec(sentence)) {
    const g = m.groups!;
    const at = start + m.index;
    const cueEnd = at + m[0].length;
    if (g.according) cues.push({ start: at, end: cueEnd, type: 'according', verb: '' });
    else if (g.anonymous) cues.push({ start: at, end: cueEnd, type: 'anonymous', verb: '' });
    else if (g.passive) cues.push({ start: at, end: cueEnd, type: 'passive-report', verb: '' });
    else if (g.finding) cues.push({ start: at, end: cueEnd, type: 'finding', verb: m[0].toLowerCase() });
    else if (
      !PASSIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index)) &&
      !(g.verb === 'said' && SAID_TO_BE.test(sentence.slice(m.index + 4, m.index + 14))) &&
      !(OTHER_PARTICIPLES.has(g.verb!.toLowerCase()) && !AFTER_COMMA.test(sentence.slice(0, m.index))) &&
      !(
        BY_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
        g.verb!.toLowerCase() !== 'reported'
      ) &&
      !(
        KNOWING_VERBS.has(g.verb!.toLowerCase()) && !KNOWN_AFTER.test(sentence.slice(m.index + m[0].length))
      ) &&
      !(g.verb!.toLowerCase().startsWith('accuse') && ACCUSED_OF.test(sentence.slice(m.index + m[0].length)))
    )
      cues.push({ start: at, end: cueEnd, type: 'verb', verb: g.verb!.toLowerCase() });
  }
  return cues;
}

// A narrative verb right after a quote ("…," she asked) or right before one (he replied: "…"; she laughed. "…").
const QUOTE_CUE_AFTER = new RegExp(`^[^"“”.!?\\n]{0,40}?\\b(${QUOTE_VERBS.join('|')})\\b`, 'di');
const QUOTE_CUE_BEFORE = new RegExp(`\\b(${QUOTE_VERBS.join('|')})\\s*[,:.]?\\s*$`, 'di');

/** A quote verb in `window` (text starting at offset `at`), right after a quote or right before one. */
export function findQuoteCue(window: string, at: number, after: boolean): Cue | null {
  const m = (after ? QUOTE_CUE_AFTER : QUOTE_CUE_BEFORE).exec(window);
  const [s, e] = m?.indices?.[1] ?? [];
  if (s === undefined || e === undefined) return null;
  return { start: at + s, end: at + e, type: 'verb', verb: window.slice(s, e).toLowerCase() };
}
