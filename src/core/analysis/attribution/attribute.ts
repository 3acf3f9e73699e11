import type { Attribution, AttributionKind, Entity, Speaker } from '../../model/analysis';
import { REPORT_NOUNS, SAYING_PARTICIPLES } from '../lexicon/speech';
import { KNOWING_VERBS, SENTENCE_END, type Cue } from './cues';
import {
  entitySpeaker,
  entityStartingAt,
  pastTitles,
  type FoundSpeaker,
  type SpeakerContext,
} from './speaker-context';
import { speakerAfter, speakerBefore } from './speaker-phrase';

/** Who says a statement and through which cue. */
export type Attributed = Readonly<{ attribution: Attribution; speaker: Speaker | null }>;

// A verb of saying right after a quote or a comma is inverted: its speaker follows ("…," said Ana Okafor).
const INVERTED_BEFORE = /[,"”'’—–]\s*$/;
// Verbs whose object is who was told, accused or urged, never who spoke: '"…," her lawyer, Gift Nyirenda, told
// reporters'; "The complaint, filed in May, accuses the agency of…".
const TOLD = new Set(['told', 'tells', 'accused', 'accuses', 'urged', 'urges']);
// "A study by the University of Ghana found…": the body whose report it is speaks through it.
const REPORT_BY = new RegExp(`\\b(?:${[...REPORT_NOUNS].join('|')})\\s+(?:by|of|from)\\s+(?:the\\s+)?$`, 'i');
// "Researchers at Oxford found…", "Investigators found that the dam…": people whose work is finding things
// out speak through what they found; "Divers found the wreck" is no source.
const FINDERS = new Set(
  'authors researchers researcher scientists scientist investigators investigator inspectors inspector auditors auditor experts expert analysts analyst economists economist'.split(
    ' ',
  ),
);

const HEARINGS = /\b(?:court|tribunal|inquiry|inquest|jury|hearing|committee|panel)$/i;

// The clause before a cue is a subject and the words set off after it by commas: "Ana Ruiz, who runs a bakery
// on the square," or "Her son, Tom Ellis, who took over in 2003,".
const SUBJECT_AND_APPOSITION = /^\s*([^,"“”]+(?:,[^,"“”]+)?),\s*(?:[^,"“”]|(?<=\d),(?=\d{3})){2,120},\s*$/;

/**
 * "Ana Ruiz, who runs a bakery on the square, said the council "let us down"": the comma before the verb
 * closes the words describing the subject, who speaks; the council after the verb is what was said about.
 * Only when the subject is a speaker ending before those words.
 */
function apposedSubject(ctx: SpeakerContext, from: number, cue: Cue): ReturnType<typeof speakerBefore> {
  const clause = ctx.text.slice(from, cue.start);
  const person = leadingPerson(ctx, from, clause);
  if (person) return { speaker: entitySpeaker(person), kind: 'person' };
  const m = SUBJECT_AND_APPOSITION.exec(clause);
  if (!m) return null;
  const found = speakerBefore(ctx, from, cue.start, cue.verb);
  const subjectEnd = from + m[0].indexOf(m[1]!) + m[1]!.length;
  return found?.speaker && found.speaker.end <= subjectEnd && found.kind !== 'report' ? found : null;
}

// After the person opening a clause: the rest of their name the entity rules left out, perhaps where they
// work ("of the International Maize and Wheat Improvement Center"), then the comma of a description.
const AFTER_LEADING_PERSON = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:of|at|from)\s[^,"“”]{2,80})?,/u;

/**
 * "Mr Gerald Png, who heads the Rail Safety Association, a group of retired engineers, said…", "Professor Aisha
 * Bello of the Maize Center, known as CIMMYT, said…": a person opening the clause before descriptions set off
 * by commas, which end just before the verb, speaks.
 */
function leadingPerson(ctx: SpeakerContext, from: number, clause: string): Entity | undefined {
  if (!/,\s*$/.test(clause) || /["“”]/.test(clause)) return undefined;
  const at = from + (/^\s*/.exec(clause)?.[0].length ?? 0);
  const person = entityStartingAt(ctx.entities, pastTitles(ctx.text, at, from + clause.length));
  if (person?.type !== 'PERSON') return undefined;
  const rest = ctx.text.slice(person.end, from + clause.length);
  const m = AFTER_LEADING_PERSON.exec(rest);
  // One or two descriptions, so at most three commas with the last: more reads as a list or a clause of its own.
  return m && m[0].length < rest.length && (rest.match(/,/g)?.length ?? 0) <= 3 ? person : undefined;
}

/** Whether the speaker's words before where they work ("… at Oxford", "… from the WHO") name a finder. */
function isFinder(speaker: string): boolean {
  const head = speaker.split(/\s+(?:at|from|with)\s+/i)[0]!;
  return head.split(/\s+/).some((word) => FINDERS.has(word.toLowerCase()));
}

const THE_BEFORE = /\bThe\s+$/;

/**
 * "…, RTÉ News understands.", "The Herald has learned that…": a newsroom reporting what its sources told it; a
 * name closing the sentence so is the outlet's, whatever type the model gave it ("…, Daily Maverick has learnt.").
 */
function newsroomKnows(ctx: SpeakerContext, cue: Cue, to: number, found: FoundSpeaker): boolean {
  if (!KNOWING_VERBS.has(cue.verb) || !found.speaker) return false;
  if (found.kind === 'organisation') return true;
  // A person is never "The Courier".
  const titled = THE_BEFORE.test(ctx.text.slice(Math.max(0, found.speaker.start - 4), found.speaker.start));
  return found.kind === 'person' && (titled || SENTENCE_END.test(ctx.text.slice(cue.end, to)));
}

function make(ctx: SpeakerContext, cue: Cue, kind: AttributionKind, speaker: Speaker | null): Attributed {
  return {
    attribution: { start: cue.start, end: cue.end, kind, text: ctx.text.slice(cue.start, cue.end) },
    speaker,
  };
}

/**
 * The attribution a cue makes in the sentence `[from, to)`, or null when the cue names no source (a verb of
 * saying with no speaker found: "the law says"). Outlets that report speak as reports.
 */
export function attributeCue(ctx: SpeakerContext, cue: Cue, from: number, to: number): Attributed | null {
  if (cue.type === 'anonymous') return make(ctx, cue, 'anonymous', null);
  if (cue.type === 'passive-report') return make(ctx, cue, 'report', null);
  if (cue.type === 'finding') {
    // "Eurostat figures showed…", "a study found…"; "Police found the car" is no source speaking.
    const found = speakerBefore(ctx, from, cue.start, cue.verb);
    const by = found?.speaker && REPORT_BY.test(ctx.text.slice(from, found.speaker.start));
    if (found && (found.kind === 'report' || by)) return make(ctx, cue, 'report', found.speaker);
    // "The court heard that…", "the inquiry heard": evidence given in a hearing, told as the hearing's.
    if (cue.verb.startsWith('hear'))
      return found?.speaker && HEARINGS.test(found.speaker.text)
        ? make(ctx, cue, 'official', found.speaker)
        : null;
    return found?.speaker && isFinder(found.speaker.text) ? make(ctx, cue, found.kind, found.speaker) : null;
  }
  if (cue.type === 'according') {
    const found = speakerAfter(ctx, cue.end, to);
    return found ? make(ctx, cue, found.kind, found.speaker) : null;
  }
  const before = ctx.text.slice(Math.max(from, cue.start - 4), cue.start);
  // ", saying …" follows its speaker's clause: never inverted.
  const inverted =
    !TOLD.has(cue.verb) &&
    !SAYING_PARTICIPLES.has(cue.verb) &&
    (INVERTED_BEFORE.test(before) || ctx.text.slice(from, cue.start).trim() === '');
  const found = inverted
    ? (apposedSubject(ctx, from, cue) ??
      speakerAfter(ctx, cue.end, to) ??
      speakerBefore(ctx, from, cue.start, cue.verb))
    : speakerBefore(ctx, from, cue.start, cue.verb);
  if (!found) return null;
  const kind =
    (cue.verb === 'reported' && found.kind === 'organisation') || newsroomKnows(ctx, cue, to, found)
      ? 'report'
      : found.kind;
  return make(ctx, cue, kind, found.speaker);
}
