/** A half-open character range `[start, end)` into an article's clean text. */
export type Span = readonly [start: number, end: number];

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'GROUP' | 'DATE' | 'NUMBER';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'DATE', 'NUMBER'];

/** One mention of an entity; mentions that are the same entity share `canonical`. */
export type Entity = Readonly<{
  start: number;
  end: number;
  type: EntityType;
  text: string;
  canonical: string;
}>;

export type AttributionKind = 'person' | 'organisation' | 'official' | 'anonymous' | 'report';

export type Attribution = Readonly<{ start: number; end: number; kind: AttributionKind; text: string }>;

export type Quote = Readonly<{ start: number; end: number; speaker: string | null }>;

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
  attribution: Attribution | null;
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
}>;

/** A stored analysis of one article, tagged with the engine version that made it. */
export type Analysis = Readonly<
  TextAnalysis & {
    articleId: string;
    engineVersion: number;
    analyzedAt: number;
  }
>;
