import { collectContentStems } from './words';

const CUE_WORDS =
  'said|says|told|tells|added|adds|stated|announced|confirmed|reported|noted|explained|warned|insisted|according';
const CUE = new RegExp(`^(?:${CUE_WORDS})$`, 'i');
// A sentence with a cue word has one of these inside it: most have none, and skip the clause split.
const MAY_HAVE_CUE = new RegExp(CUE_WORDS, 'i');
// Clause boundaries: punctuation that closes a speaker's name, title or appositive.
const BOUNDARY = /[,:;“”"—–()]/;
const BOUNDARIES = new RegExp(BOUNDARY, 'g');
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const MAX_SPEAKER_WORDS = 8;

/**
 * The content stems of a sentence that only say who speaks and how ("Club spokeswoman Ines Payton said on the
 * radio:", "Payton, the club spokeswoman, said"): the words before a cue in its clause, an appositive subject
 * the cue follows, a short manner phrase between the cue and a colon or quote, and the source after
 * "according to". Analysis attributions miss
 * titles and appositives; alignment must not pair two sentences on them alone.
 */
export function findSpeakerStems(sentence: string): string[] {
  if (!MAY_HAVE_CUE.test(sentence)) return [];
  const clauses = sentence.split(BOUNDARY);
  const delimiters = sentence.match(BOUNDARIES) ?? [];
  const out: string[] = [];
  clauses.forEach((clause, k) => {
    const words = clause.match(WORD) ?? [];
    const cue = words.findIndex((w) => CUE.test(w));
    if (cue < 0) return;
    if (/^according$/i.test(words[cue]!)) {
      // "…, according to the port authority": the source follows the cue, and the clause before it is what
      // the source says, never a speaker.
      const source = words.slice(cue + 1);
      if (source.length <= MAX_SPEAKER_WORDS + 1)
        out.push(...collectContentStems(words.slice(cue).join(' ')));
      return;
    }
    let before = words.slice(0, cue);
    if (cue === 0) {
      // "Payton, the club spokeswoman, said …": the subject is the clauses before, if short.
      const earlier = clauses.slice(0, k).flatMap((c) => c.match(WORD) ?? []);
      if (earlier.length <= MAX_SPEAKER_WORDS) before = earlier;
    }
    if (before.length > MAX_SPEAKER_WORDS) return;
    const after = words.slice(cue + 1);
    const manner = after.length <= 4 && /[:“"]/.test(delimiters[k] ?? '') ? after : [];
    out.push(...collectContentStems([...before, words[cue]!, ...manner].join(' ')));
  });
  return out;
}
