/** A half-open character range `[start, end)` into an article's clean text. */
export type Span = readonly [start: number, end: number];

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'GROUP' | 'DATE' | 'NUMBER';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'DATE', 'NUMBER'];
/**
 * Types whose canonical form is a normalised key ("more-than 50 arrest", "sunday night") that groups mentions:
 * shown to the analyst in the words of a mention, not as the key.
 */
export const KEYED_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['DATE', 'NUMBER']);

/** One mention of an entity; mentions that are the same entity share `canonical`. */
export type Entity = Readonly<{
  start: number;
  end: number;
  type: EntityType;
  text: string;
  canonical: string;
}>;

/** What kind of source a statement comes from; a statement with no source has no attribution at all. */
export type AttributionKind = 'person' | 'organisation' | 'official' | 'anonymous' | 'report';

export const ATTRIBUTION_KINDS: readonly AttributionKind[] = [
  'person',
  'organisation',
  'official',
  'anonymous',
  'report',
];

/** The cue of an attribution ("said", "according to", "it is learnt") and the kind of source it names. */
export type Attribution = Readonly<{ start: number; end: number; kind: AttributionKind; text: string }>;

/**
 * Who makes a statement: a named entity (`canonical` is the entity's, also when the text says "he" or "the
 * ministry") or a phrase such as "a senior official" or "people familiar with the matter".
 */
export type Speaker = Readonly<{ start: number; end: number; canonical: string; text: string }>;

/** A direct quotation (quote marks included) with its speaker and cue when the text names them. */
export type Quote = Readonly<{
  start: number;
  end: number;
  speaker: Speaker | null;
  attribution: Attribution | null;
}>;

/** A number stated in a claim, normalised so "more than 50" and "over 50" compare equal. */
export type NumberMention = Readonly<{
  start: number;
  end: number;
  text: string;
  value: number | null;
  /** 'exact' | 'more-than' | 'less-than' | 'about' | 'at-least' | 'at-most' | 'range' */
  qualifier: string;
  unit: string | null;
}>;

/** A checkable statement with who makes it and how firmly. */
export type Claim = Readonly<{
  start: number;
  end: number;
  /** Check-worthiness in [0, 1] from the claim classifier: how much the sentence asserts a checkable fact. */
  score: number;
  attribution: Attribution | null;
  speaker: Speaker | null;
  /** The hedging cue ("is believed to", "alleged"…), null when the claim is unhedged. */
  hedge: string | null;
  quotes: readonly Quote[];
  numbers: readonly NumberMention[];
}>;

/** What the analysis engine finds in a clean text: offsets only, no copies of the article. */
export type TextAnalysis = Readonly<{
  sentences: readonly Span[];
  entities: readonly Entity[];
  claims: readonly Claim[];
  /** Every direct quotation, whether or not its sentence is a claim. */
  quotes: readonly Quote[];
}>;

/** A stored analysis of one article, tagged with the engine version that made it. */
export type Analysis = Readonly<
  TextAnalysis & {
    articleId: string;
    engineVersion: number;
    analyzedAt: number;
  }
>;
