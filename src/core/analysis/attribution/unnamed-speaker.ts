// Speakers without a name of their own: "a senior official", "the ferry operator", "the Minister".
import type { AttributionKind, Entity } from '../../model/analysis';
import {
  ANONYMITY_MARKS,
  ANONYMOUS_NOUNS,
  INSTITUTION_NOUNS,
  OFFICIAL_NOUNS,
  PERSON_NOUNS,
  REPORT_NOUNS,
} from '../lexicon/speech';
import { TITLES } from '../lexicon/titles';
import { partitionPoint } from '../partition-point';
import {
  DETERMINER,
  entitySpeaker,
  priorOrgNamed,
  titledPerson,
  type FoundSpeaker,
  type SpeakerContext,
} from './speaker-context';

const ISSUED_BY =
  /\b(?:issued|released|published|put out|signed|compiled|collected|gathered|kept)\s+by\s+(?:the\s+)?$/i;
/** Words that end a speaker phrase going left: a speaker never runs over a clause word. */
export const CLAUSE_WORDS = new Set(
  'that as and but while when because which who whom after before than if since so where whether though although said says told added'.split(
    ' ',
  ),
);
const CAPITALS = /^\p{Lu}{2,}$/u;
export const PREPOSITIONS = new Set('with for to from by on at in of about against among'.split(' '));
const RELATIVE = /^(?:who|which|that|published|released|issued)$/;
// "WHO figures show": a word in capitals is a name, not the clause word it spells.
const isClauseWord = (word: string) => !CAPITALS.test(word) && CLAUSE_WORDS.has(word.toLowerCase());
const ARTICLE = /^(?:an?|the)$/i;
const ONLY_SPACE = /^\s*$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const OF_ORG = /^\s+(?:of|from|for|by)\s+(?:the\s+)?$/i;
const POST_MODIFIER =
  /^(?:familiar|aware|close|privy|in|from|at|of|with|for|by|issued|released|involved|briefed|speaking|who|representing|on|published|compiled|collected|gathered|kept|held|produced|conducted|commissioned|prepared|seen|obtained)(?![\p{L}\p{N}])/iu;

const MAKER = /^[a-z]{3,}makers?$/;
// Someone named by what they do, right before the cue, that no list holds ("the ferry operator", "the harbour
// master", "a site manager", "a local activist", "one French negotiator"); the words that end so and never speak.
const AGENT_ENDINGS = '(?:er|or|ist|ian|ant|man|woman|person)';
/** A lower-case noun for someone who does something ("councillor", "campaigner"). */
export const AGENT_NOUN = new RegExp(`^\\p{Ll}{3,}${AGENT_ENDINGS}$`, 'u');
const AGENT_PHRASE = new RegExp(
  `(?:^|\\s)((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:[\\p{L}-]+\\s+){0,3}(\\p{Ll}{3,}${AGENT_ENDINGS}s?))$`,
  'u',
);
// The same people in the plural, without a determiner, opening the clause ("Firefighters believe …").
const BARE_AGENTS = new RegExp(
  `^\\s*((?:\\p{L}[\\p{Ll}-]*\\s+){0,2}(\\p{L}\\p{Ll}{2,}${AGENT_ENDINGS}s))$`,
  'u',
);
const NOT_AGENTS: ReadonlySet<string> = new Set(
  `letter letters order orders poster posters banner banners charter newsletter register flyer flyers answer
chapter number numbers matter water power tower cover border corner computer server sticker however whether
together rather further never over under after later earlier former latter error errors sector sectors factor factors floor
door motor mirror interior senior junior honour honor labour labor favour favor behaviour behavior rumour rumor
humour humor harbour harbor colour color`.split(/\s+/),
);
// People known by what they do whose nouns neither the learned list nor the agent endings hold.
const PEOPLE_BY_ROLE: ReadonlySet<string> = new Set(
  'agent agents broker brokers dealer dealers client clients correspondent correspondents respondent respondents plaintiff plaintiffs defendant defendants claimant claimants petitioner petitioners appellant appellants rider riders shopper shoppers customer customers buyer buyers seller sellers'.split(
    ' ',
  ),
);
// Who leads a body ("the head of the union", "the leader of the opposition"); in capitals a title, which the
// title rules read with its holder ("The Opposition Leader said").
const LEADS: ReadonlySet<string> = new Set('head heads leader chief director'.split(' '));
const PEOPLE_MAKERS =
  /^(?:law|policy|film|peace|dress|king|trouble|home|match|decision|money|shoe|mischief)makers?$/;

/** The kind of an unnamed speaker from its head noun, or null when the phrase names no kind of source. */
export function nounKind(head: string): AttributionKind | null {
  const h = head.toLowerCase();
  if (ANONYMOUS_NOUNS.has(h)) return 'anonymous';
  if (OFFICIAL_NOUNS.has(h) || LEADS.has(head)) return 'official';
  if (REPORT_NOUNS.has(h)) return 'report';
  if (INSTITUTION_NOUNS.has(h)) return 'organisation';
  // "the chipmaker", "the automaker", "drugmakers": a company by what it makes; a lawmaker or filmmaker is a person.
  if (MAKER.test(h) && !PEOPLE_MAKERS.test(h)) return 'organisation';
  // An unnamed individual ("the doctor", "a woman") is an unnamed source.
  if (PERSON_NOUNS.has(h) || PEOPLE_BY_ROLE.has(h)) return 'anonymous';
  return null;
}

/**
 * An unnamed speaker phrase ending at `to` and starting after `from` ("a senior official", "people familiar
 * with the matter", "a joint statement issued by the Ministry of Energy"), or null; `anchored`, it must start
 * at the first word after `from`.
 */
/** Whether an entity covers any of [start, end). */
function entityOver(entities: readonly Entity[], start: number, end: number): boolean {
  const k = partitionPoint(entities.length, (i) => entities[i]!.end <= start);
  return k < entities.length && entities[k]!.start < end;
}

export function phraseSpeaker(
  ctx: SpeakerContext,
  from: number,
  to: number,
  anchored = false,
): FoundSpeaker | null {
  const { text, entities } = ctx;
  const words: { start: number; end: number; word: string }[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice))
    words.push({ start: from + m.index, end: from + m.index + m[0].length, word: m[0] });
  // The first speaker noun whose remainder is a post-modifier heads the phrase ("a spokesperson for the union").
  for (let h = 0; h < words.length; h++) {
    const head = words[h]!;
    // A capitalised "Ministry" inside a clause is part of a name, which the entity rules own, if they found
    // it: "The Interior Ministry said" with no name found is the ministry.
    if (h > 0 && /^\p{Lu}/u.test(head.word) && entityOver(entities, head.start, head.end)) continue;
    let kind = nounKind(head.word);
    if (!kind) continue;
    // "groups who argued": the relative pronoun belongs to the clause, not the speaker; nor does a participle
    // left without its time ("Eurostat figures published on Friday showed").
    const relative = RELATIVE.test(text.slice(head.end, to).trim());
    let end = relative ? head.end : to;
    const rest = text.slice(head.end, end).trim();
    if ((rest && !POST_MODIFIER.test(rest)) || rest.split(/\s+/).length > 12) continue;
    end = verbPhraseStart(text, head.end, end) ?? end;
    let first = h;
    // Modifiers of the head go back to a clause word or a preposition ("siding with tech industry groups").
    // Nor over punctuation: "(Xinhua) -- Syrian minister of …" is "Syrian minister of …".
    while (
      first > 0 &&
      h - first < 6 &&
      !isClauseWord(words[first - 1]!.word) &&
      !PREPOSITIONS.has(words[first - 1]!.word) &&
      ONLY_SPACE.test(text.slice(words[first - 1]!.end, words[first]!.start))
    )
      first--;
    if (anchored && first > 0) continue;
    // An adverb opening the sentence is no part of the phrase: "Thereafter a news outlet reported" is "a news outlet".
    for (let d = first + 1; d < h; d++)
      if (ARTICLE.test(words[d]!.word)) {
        first = d;
        break;
      }
    const start = words[first]!.start;
    const phrase = text.slice(start, end);
    if (ANONYMITY_MARKS.test(phrase)) kind = 'anonymous';
    // "a statement issued by the Ministry of Energy": the ministry speaks, officially.
    for (
      let k = partitionPoint(entities.length, (i) => entities[i]!.start < head.end);
      k < entities.length;
      k++
    ) {
      const e = entities[k]!;
      if (e.end > end) break;
      const between = text.slice(head.end, e.start);
      // "The head of Al Qaeda" is someone, not the body they lead.
      if (e.type === 'ORG' && (ISSUED_BY.test(between) || (OF_ORG.test(between) && !LEADS.has(head.word))))
        return { speaker: entitySpeaker(e), kind };
    }
    // Only a bare "the ministry" stands for the ministry named before; "the regional rescue service" does not.
    const bare = h - first <= 1 && !rest && DETERMINER.test(phrase + ' ');
    const institution =
      kind === 'organisation' && bare
        ? priorOrgNamed(ctx, head.word, start, DEFINITE.test(phrase))
        : undefined;
    // "the minister" after "Minister of Roads Aivar Lepp": the holder the text named speaks.
    const office = head.word[0]!.toUpperCase() + head.word.slice(1);
    const holder =
      kind === 'official' && bare && DEFINITE.test(phrase) && TITLES.has(office)
        ? titledPerson(ctx, office, start)
        : undefined;
    if (holder) return { speaker: entitySpeaker(holder, start, end, phrase), kind: 'person' };
    const canonical = institution?.canonical ?? phrase.replace(DETERMINER, '').toLowerCase();
    return { speaker: { start, end, canonical, text: phrase }, kind };
  }
  return null;
}

const COORDINATED_CUE = /\s(?:but|and)\s*$/;
// A verb that can follow a speaker's noun phrase: past forms, auxiliaries and the irregular pasts of news.
export const VERB =
  /^(?:\p{Ll}+ed|has|had|have|was|were|is|are|did|does|do|would|will|could|can|may|might|gave|took|made|spoke|wrote|sent|met|sought|kept|held|told)$/u;
const BEFORE_NOUN = /^(?:an?|the|its|their|his|her|our|of|for|from|at|with|to|in|on|by)$/i;

/**
 * Where the speaker's own verb phrase starts when the cue is a second verb ("a spokeswoman for the port
 * operator declined to comment but said" is "a spokeswoman for the port operator"): at the first verb-like
 * word that does not follow a determiner or a preposition ("the affected families" keeps "affected"). Null
 * when the cue does not follow "but" or "and": "a spokesman for the families said" keeps its words.
 */
function verbPhraseStart(text: string, from: number, to: number): number | null {
  const rest = text.slice(from, to);
  if (!COORDINATED_CUE.test(rest)) return null;
  let previous = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(rest); m; m = WORD.exec(rest)) {
    if (previous && VERB.test(m[0]) && !BEFORE_NOUN.test(previous))
      return from + rest.slice(0, m.index).trimEnd().length;
    previous = m[0];
  }
  return null;
}

/** An unnamed someone known by what they do, as the whole phrase before the cue: an unnamed source. */
export function agentSpeaker(ctx: SpeakerContext, from: number, to: number): FoundSpeaker | null {
  const clause = ctx.text.slice(from, to);
  const m = AGENT_PHRASE.exec(clause) ?? BARE_AGENTS.exec(clause);
  if (!m || NOT_AGENTS.has(m[2]!.toLowerCase())) return null;
  const phrase = m[1]!;
  const start = to - phrase.length;
  const canonical = phrase.replace(DETERMINER, '').toLowerCase();
  return { speaker: { start, end: to, canonical, text: phrase }, kind: 'anonymous' };
}

// Only "the spokesperson" is one the text named; "a spokesperson" is someone else.
const DEFINITE = /^the\s/i;
// "the Minister", "The Opposition Leader": a title standing for the person who holds it.
const TITLE_ONLY = /(?:^|\s)([Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}-]*)))$/u;
/**
 * A speaker named by title alone ("the Minister said"): the last person the text gave that title; the title
 * itself, as an official, when no one was.
 */
export function titleSpeaker(ctx: SpeakerContext, from: number, to: number): FoundSpeaker | null {
  const m = TITLE_ONLY.exec(ctx.text.slice(from, to));
  if (!m || !m[2]!.split(/\s+/).every((w) => TITLES.has(w))) return null;
  const start = to - m[1]!.length;
  const holder = titledPerson(ctx, m[3]!, start);
  if (holder) return { speaker: entitySpeaker(holder, start, to, m[1]!), kind: 'person' };
  return { speaker: { start, end: to, canonical: m[2]!.toLowerCase(), text: m[1]! }, kind: 'official' };
}
