// Verbs and phrases of saying: the one list the engine uses to find speakers (entities.ts through words.ts,
// claims and quotes here).
import learned from './learned-quote-words.json' with { type: 'json' };

/** Verbs of saying in the forms news prose uses them after a speaker ("X said", "X told", "X says"). */
export const SAY_VERB_FORMS: readonly string[] = (
  'said says say saying told tells added adds stated noted claimed alleged asserted announced warned warns argued argues ' +
  'explained insisted insists confirmed denied denies admitted admits wrote writes tweeted posted reported ' +
  'testified acknowledged estimated predicted replied remarked recalled revealed indicated declared stressed ' +
  'emphasised emphasized maintained observed commented disclosed cautioned conceded contended mentioned ' +
  // The present tense of those that are no plural noun too ("claims", "notes", "reports" are left out).
  'alleges announces confirms explains acknowledges reveals predicts cautions concedes contends maintains stresses ' +
  // "The association estimates that…"; as a noun ("the estimates were revised") it finds no speaker.
  'estimates ' +
  // "Police believe the men fled north": a source's belief, hedged (see hedges.ts).
  'believe believes telling ' +
  // Accusations and calls: "Police accused the firm of…", "Unions urged the board to…", "demanded that".
  'accused accuses urged urges demanded ' +
  // Participles that follow their speaker's clause as "saying" does (", insisting …", ", accusing the rebels of
  // "…"", ", describing them as "baseless"", ", calling the ruling "a disgrace"").
  'insisting adding warning arguing noting claiming accusing describing calling ' +
  // What a newsroom knows from its own sources: "RTÉ News understands", "The BBC has learned that …" (cues.ts
  // takes them only before "that" or at the sentence's end).
  'understands learned learnt'
).split(' ');

/** Participles of saying: their speaker is the subject of the clause before them, never inverted. */
export const SAYING_PARTICIPLES: ReadonlySet<string> = new Set(
  'saying insisting adding warning arguing noting claiming telling accusing describing calling'.split(' '),
);

/** Where a statement was made, kept in the cue: "said in a statement", "says on its website". */
export const CUE_VENUE =
  '(?: in an? (?:joint |written |separate |brief )?(?:statement|interview|post|e-?mail|letter|press release|briefing|speech|filing|note|report)| on (?:its|his|her|their) (?:website|blog|account))';

/** Cues that name no speaker and mark the statement as coming from unnamed sources. */
export const ANONYMOUS_CUES = '(?:it is (?:learnt|learned|understood)|it was (?:learnt|learned))';

/** Nouns that make an unnamed speaker anonymous ("sources said", "people familiar with the matter"). */
export const ANONYMOUS_NOUNS: ReadonlySet<string> = new Set(
  'source sources insider insiders diplomat diplomats delegate delegates analyst analysts expert experts witness witnesses eyewitnesses resident residents person people observers workers employees staff relatives neighbour neighbor neighbours neighbors villager villagers survivors passengers locals critics opponents supporters activists campaigners economists investors traders protesters scientists researchers doctors lawyers leaders authors fishermen farmers drivers parents teachers nurses students vendors shopkeepers fans voters families motorists commuters tenants adviser advisers advisor advisors aide aides family'.split(
    ' ',
  ),
);

/** Nouns that make an unnamed speaker official ("a senior official", "the statement", "a spokesperson"). */
export const OFFICIAL_NOUNS: ReadonlySet<string> = new Set(
  (
    'official officials officer officers inspector inspectors auditor auditors statement spokesperson spokesman spokeswoman authorities investigators representative representatives aide aides communique communiqué notice release filing filings indictment affidavit sheet ' +
    // Offices named without their holder ("the minister said"); a holder the text named stands for them.
    'minister ministers president mayor governor senator judge chairman chairwoman chancellor premier ambassador envoy commissioner lawmaker lawmakers legislator legislators councillor councilor congressman congresswoman'
  ).split(' '),
);

/**
 * Verbs that introduce a direct quote in narrative ("…," she asked / cried / replied), learnt from LitBank's
 * quotations by scripts/train-quotes.ts; used only right next to a quote, never for a sentence's source.
 */
export const QUOTE_VERBS: readonly string[] = learned.quoteVerbs;

/** Nouns heading an unnamed individual speaker ("the doctor", "his mother"), learnt from LitBank's speakers. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(learned.speakerNouns);

/** Nouns for an institution speaking without its name ("the ministry said", "the company said"). */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  (
    'ministry department agency company government police embassy court army commission council firm bureau ' +
    'university party committee board regulator military prosecutors prosecutor administration office union ' +
    'airline bank group service ministries agencies companies governments firms banks unions groups charities ' +
    'organisations organizations regulators institute institution authority hospital foundation association ' +
    'federation centre center observatory secretariat directorate tribunal parliament assembly senate congress cabinet ' +
    'hospitals universities councils courts departments embassies committees associations federations institutes ' +
    'jury inquiry inquest panel carrier carriers airlines lender lenders insurer insurers retailer retailers ' +
    'operator operators publisher publishers force forces trust trusts tank tanks navy prefecture municipality ' +
    'governorate presidency syndicate syndicates'
  ).split(' '),
);

/** Nouns for the press or a publication as a source ("reports said", "according to its website"). */
export const REPORT_NOUNS: ReadonlySet<string> = new Set(
  'report reports media newspaper newspapers outlet outlets broadcaster press study studies survey surveys poll polls data figures documents records results warning warnings alert alerts bulletin advisory website websites filing filings tally tallies estimate estimates memo memos analysis analyses research review audit assessment projections forecast forecasts census'.split(
    ' ',
  ),
);

/** Phrases after a speaker noun that keep the speaker anonymous ("… familiar with the matter"). */
export const ANONYMITY_MARKS =
  /\b(?:familiar with|aware of|close to|privy to|on condition of anonymity|who (?:asked|declined|spoke|did not want|wished) (?:not )?to be (?:named|identified)|requested anonymity|not authori[sz]ed to)\b/i;

/**
 * Verbs whose subject gives a short quote its words without a verb of saying: "Eberl described him as
 * "…"", "Ruiz thanked the crews for "…"", "the minister called the plan "…"".
 */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(
  'described describes called calls termed labelled labeled dubbed hailed praised thanked criticised criticized condemned urged vowed pledged promised blamed accused dismissed welcomed defended'.split(
    ' ',
  ),
);
