import type { Span } from './analysis';

/** One piece of a word-level diff between two aligned passages (plain data from `diffWords`). */
export type DiffSegment = Readonly<{ kind: 'equal' | 'added' | 'removed'; text: string }>;

/** The words on one side of a discrepancy, with offsets into that article's clean text. */
export type DiscrepancySide = Readonly<{ start: number; end: number; text: string }>;

export type DiscrepancyKind = 'number' | 'date' | 'name' | 'attribution' | 'modality' | 'hedge';

/**
 * Where two versions of one fact disagree. `conflict`: both cannot be true (50 vs 60);
 * `difference`: a change an analyst should see (a softened number, a dropped name, a new hedge).
 */
export type Discrepancy = Readonly<{
  kind: DiscrepancyKind;
  severity: 'conflict' | 'difference';
  a: DiscrepancySide | null;
  b: DiscrepancySide | null;
  message: string;
}>;

/**
 * One or two sentences of article A aligned with one or two of article B. `a` and `b` cover the
 * sentences of each side; `moved` when the pair is out of order relative to the other pairs.
 */
export type AlignedPair = Readonly<{
  a: Span;
  b: Span;
  kind: 'same' | 'reworded';
  moved: boolean;
  discrepancies: readonly Discrepancy[];
  diff: readonly DiffSegment[];
}>;

export type ComparisonCounts = Readonly<{
  same: number;
  reworded: number;
  moved: number;
  onlyA: number;
  onlyB: number;
  conflicts: number;
  differences: number;
}>;

/** Two articles aligned sentence by sentence; every span is an offset into that article's clean text. */
export type Comparison = Readonly<{
  pairs: readonly AlignedPair[];
  onlyA: readonly Span[];
  onlyB: readonly Span[];
  /** Shares are the fractions of each article's sentences that found a partner in the other. */
  summary: Readonly<{ sharedRatioA: number; sharedRatioB: number; counts: ComparisonCounts }>;
}>;

/**
 * A discrepancy seen from one cell of a coverage matrix: `mine` in this cell's article, `theirs` in article
 * `other` (an index into the matrix's articles).
 */
export type CellDiscrepancy = Readonly<{
  kind: DiscrepancyKind;
  severity: Discrepancy['severity'];
  mine: DiscrepancySide | null;
  theirs: DiscrepancySide | null;
  other: number;
}>;

/** How one article covers one fact: its sentences, how they relate to the fact, and disagreements found. */
export type CoverageCell = Readonly<{
  spans: readonly Span[];
  kind: 'same' | 'reworded' | 'absent';
  discrepancies: number;
  /** The disagreements behind the count, each against one other article. */
  found: readonly CellDiscrepancy[];
}>;

/** One fact (a cluster of aligned sentences) with a cell per article, in the matrix's article order. */
export type CoverageRow = Readonly<{ cells: readonly CoverageCell[] }>;

/** Facts × articles for three or more versions of a story, facts in order of first appearance. */
export type CoverageMatrix = Readonly<{ articles: readonly string[]; rows: readonly CoverageRow[] }>;
