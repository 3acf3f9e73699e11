/** W3C Web Annotation TextQuoteSelector over the clean text. */
export type TextQuoteSelector = Readonly<{
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}>;

/** W3C Web Annotation TextPositionSelector over the clean text. */
export type TextPositionSelector = Readonly<{ type: 'TextPositionSelector'; start: number; end: number }>;

/** Where an annotation sits: both selectors, never DOM objects. */
export type AnnotationTarget = Readonly<{
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /**
   * The quote could not be placed in the article's text (a new version, an imported annotation): the selectors
   * still say where it was, and the annotation is listed apart rather than dropped.
   */
  orphaned: boolean;
}>;

/** An analyst's note on a span of an article. */
export type Annotation = Readonly<{
  id: string;
  articleId: string;
  target: AnnotationTarget;
  note: string;
  /** Label id, or null. */
  label: string | null;
  /** Tag ids. */
  tags: readonly string[];
  createdAt: number;
  updatedAt: number;
}>;

/** A tag on articles and annotations. */
export type Tag = Readonly<{ id: string; name: string; color: string }>;

/** An annotation label ("Key fact", "Disputed"… or the analyst's own). */
export type Label = Readonly<{ id: string; name: string; color: string; builtIn: boolean }>;
