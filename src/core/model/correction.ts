import type { EntityType } from './analysis';

/** What the analyst said about one engine finding; corrections always win over the engine. */
export type CorrectionAction =
  | Readonly<{ kind: 'confirm' }>
  | Readonly<{ kind: 'reject' }>
  | Readonly<{ kind: 'retype'; type: EntityType }>
  | Readonly<{ kind: 'merge'; canonical: string }>;

/**
 * A correction targets an entity or claim by its quote and position in the clean text, so it survives
 * re-analysis (matched again by text, like annotations).
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
}>;
