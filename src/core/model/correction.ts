import type { EntityType } from './analysis';

/** What the analyst said about one engine finding; corrections always win over the engine. */
export type CorrectionAction =
  | Readonly<{ kind: 'confirm' }>
  | Readonly<{ kind: 'reject' }>
  | Readonly<{ kind: 'retype'; type: EntityType }>
  | Readonly<{ kind: 'merge'; canonical: string }>
  /** An entity the engine missed, at the correction's span. */
  | Readonly<{ kind: 'add'; type: EntityType }>;

/**
 * Where a correction holds: the one mention at its span, every mention with its text in its article, or
 * every mention with its text in every article of the library (those imported later too).
 */
export type CorrectionScope = 'mention' | 'article' | 'library';

export const CORRECTION_SCOPES: readonly CorrectionScope[] = ['mention', 'article', 'library'];

/**
 * A correction targets an entity or claim by its quote and position in the clean text, so it survives
 * re-analysis (matched again by text, like annotations). Without `scope` it is a mention's (as every
 * correction made before scopes existed).
 */
export type Correction = Readonly<{
  id: string;
  articleId: string;
  target: 'entity' | 'claim';
  start: number;
  end: number;
  text: string;
  action: CorrectionAction;
  createdAt: number;
  scope?: CorrectionScope;
}>;
