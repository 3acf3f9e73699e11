/** What the story-block search needs to know about one line. */
export type BlockLine = Readonly<{
  words: number;
  ended: boolean;
  /** Already known to be page furniture (a line rule named it). */
  furniture: boolean;
  tabular: boolean;
}>;

/**
 * The runs of lines that hold the story (one per page when a file holds several saved pages), and whether the
 * text around them is a whole web page's furniture.
 */
export type StoryBlocks = Readonly<{
  blocks: readonly Readonly<{ start: number; end: number }>[];
  page: boolean;
}>;

// A furniture-like line costs about as much as a short sentence earns: a menu of five items outweighs a
// cookie notice, while an "Advertisement" or a subheading inside the story does not cut it in two.
const FURNITURE_COST = 4;
// Below this many sentence-less lines outside the story that no rule explains, the text is an article, not a
// saved page.
const PAGE_FURNITURE = 6;

/** Sentences earn their words (capped, so one long notice cannot outweigh a menu); table rows earn a little. */
function scoreOf(line: BlockLine): number {
  if (line.furniture) return -FURNITURE_COST;
  if (line.ended && line.words >= 6) return Math.min(line.words, 40);
  if (line.tabular) return 2;
  if (!line.ended && line.words > 20) return line.words / 2; // prose the scraper cut off
  return line.ended ? 0 : -FURNITURE_COST;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Is a line a row of a data table (standings, results, prices): mostly numbers, several of them? */
export function isTabular(line: string): boolean {
  // One pass over the characters: a token counts as a number when it starts with a digit or a signed digit.
  let tokens = 0;
  let numbers = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 32) continue;
    tokens++;
    const c = line.charCodeAt(i);
    const signed = (c === 43 || c === 45 || c === 0x2212) && isDigit(line.charCodeAt(i + 1));
    if (isDigit(c) || signed) numbers++;
    i = line.indexOf(' ', i);
    if (i === -1) break;
  }
  return numbers >= 3 && numbers / tokens >= 0.4;
}

// A run is story when it scores at least this share of the best run (a cookie notice or a newsletter blurb
// between menus scores a tenth of a story) and at least a sentence's worth.
const RUN_SHARE = 0.3;
const MIN_RUN = 6;

/**
 * Finds the story in the visible text of a whole web page, as body-text extraction does for HTML: the runs of
 * lines with a high score, where sentences add their words and short, sentence-less lines (menus, link lists,
 * buttons, footers) subtract. `page` is true when enough furniture lies outside the runs for the text to be a
 * saved page rather than an article: only then is the text around them dropped.
 */
export function findStoryBlocks(lines: readonly BlockLine[]): StoryBlocks {
  const runs: { start: number; end: number; score: number }[] = [];
  let run = { start: 0, end: -1, score: 0 };
  let sum = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) {
      if (run.end >= 0) runs.push(run);
      run = { start: i, end: -1, score: 0 };
      sum = 0;
    }
    sum += scoreOf(lines[i]!);
    if (sum > run.score) run = { start: run.start, end: i, score: sum };
  }
  if (run.end >= 0) runs.push(run);
  const best = Math.max(0, ...runs.map((r) => r.score));
  const blocks = runs
    .filter((r) => r.score >= Math.max(MIN_RUN, best * RUN_SHARE))
    .map(({ start, end }) => ({ start, end }));
  let outside = 0;
  let b = 0;
  for (let i = 0; i < lines.length; i++) {
    while (b < blocks.length && blocks[b]!.end < i) b++;
    const inside = b < blocks.length && blocks[b]!.start <= i;
    // Only lines no rule explains count: a page the rules already clean needs no block.
    if (!inside && !lines[i]!.furniture && scoreOf(lines[i]!) < 0) outside++;
  }
  return { blocks, page: blocks.length > 0 && outside >= PAGE_FURNITURE };
}
