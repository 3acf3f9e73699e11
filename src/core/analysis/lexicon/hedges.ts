// Hedges: words and phrases that present a statement as less than certain. "will" of the future is not one.

/** Phrases that attribute the doubt to someone else or to rumour ("is believed to", "allegedly"). */
export const EXPLICIT_HEDGES: readonly string[] = [
  '(?:is|are|was|were) (?:widely )?(?:believed|said|thought|understood|reported|alleged|suspected) to',
  '(?:appears?|appeared|seems?|seemed) to',
  // "Police believe the men fled north": what a source believes, not what it knows.
  'believes?(?!\\s+in\\b)',
  // "with Benfica said to be interested": the same rumour without its "is".
  'said to (?:be|have)',
  // "It is believed that the fire started…": the same doubt before a clause.
  'it (?:is|was|has been) (?:widely |generally )?(?:believed|thought|understood|suspected|feared|rumou?red|alleged|said|claimed|presumed) that',
  'it is learnt',
  'allegedly',
  'alleged',
  'reportedly',
  'purportedly',
  'apparently',
  'supposedly',
  'seemingly',
  'suspected',
  'unconfirmed',
  'presumably',
];

/**
 * Words of possibility; "may" is one only where it is not the month, "could" not where it is negated ("could
 * not absorb the losses" says what was impossible) (see hedges.ts).
 */
export const MODAL_HEDGES: readonly string[] = [
  // "The minister is expected to resign": a forecast, not a fact.
  '(?:is|are|was|were) (?:widely )?expected to',
  'possibly',
  'possibility',
  'perhaps',
  'probably',
  'likely',
  'unlikely',
  'may',
  'might',
  'could',
];
